package org.stiel.platform.web.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** One date format on every page, and languages by name in the reader's language. */
class PageFormatsTests {

    private final PageFormats show = new PageFormats(
            Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneId.of("Europe/Brussels")), platformMessages());

    /** The platform's own texts, as the application reads them. */
    private static MessageSource platformMessages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/platform");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aDayAndAMomentAreWrittenTheSameWayInBrusselsTime() {
        assertThat(show.date(LocalDate.of(2026, 1, 17))).isEqualTo("17/1/2026");
        // 23:30 UTC on 2 December is already 3 December in Brussels
        assertThat(show.date(Instant.parse("2026-12-02T23:30:00Z"))).isEqualTo("3/12/2026");
        assertThat(show.dateTime(Instant.parse("2026-12-03T08:05:00Z"))).isEqualTo("3/12/2026 09:05");
        assertThat(show.date(null)).isEmpty();
    }

    @Test
    void aLanguageIsNamedInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        assertThat(show.languages(List.of("nl", "fr"))).isEqualTo("Nederlands, Frans");
        assertThat(show.language("prs")).isEqualTo("Dari");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(show.language("ar")).isEqualTo("Arabic");
        assertThat(show.language("prs")).isEqualTo("Dari");
    }

    @Test
    void textThatIsNoLanguageCodeIsShownAsItIs() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        assertThat(show.language("Arabisch en Frans")).isEqualTo("Arabisch en Frans");
    }
}
