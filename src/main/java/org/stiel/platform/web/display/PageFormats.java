package org.stiel.platform.web.display;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * How pages write a date and a language: one short date format everywhere ({@code 17/1/2026}, with
 * {@code 09:30} when a time belongs to it, in the network's zone), and a language by its name in the reader's
 * language ({@code Dari}, not {@code prs}). Templates ask {@code ${#show.date(x)}}, {@code ${#show.dateTime(x)}},
 * {@code ${#show.language('prs')}} and {@code ${#show.languages(list)}}.
 */
public final class PageFormats {

    /** The one numeric date format of the pages: day and month without leading zeros, as Belgians write them. */
    public static final String DATE = "d/M/yyyy";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(DATE);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern(DATE + " HH:mm");

    private final ZoneId zone;
    private final MessageSource messages;

    PageFormats(Clock clock, MessageSource messages) {
        this.zone = clock.getZone();
        this.messages = messages;
    }

    /** A day, or the day of a moment in the network's zone; empty for nothing. */
    public String date(Object value) {
        TemporalAccessor t = local(value);
        return t == null ? "" : DAY.format(t);
    }

    /** A moment with its time, in the network's zone; a date alone gets no time. */
    public String dateTime(Object value) {
        TemporalAccessor t = local(value);
        if (t == null) {
            return "";
        }
        return t instanceof LocalDate ? DAY.format(t) : DAY_TIME.format(t);
    }

    /**
     * A language's name in the reader's language, capitalised: Stiel's own name ({@code language.prs} in the
     * platform messages, for languages Java has no name for, such as Dari), else Java's; the code itself when
     * neither knows it.
     */
    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Locale reader = LocaleContextHolder.getLocale();
        String own = messages.getMessage("language." + code.strip().toLowerCase(Locale.ROOT), null, null, reader);
        if (own != null) {
            return own;
        }
        String name = Locale.forLanguageTag(code.strip()).getDisplayLanguage(reader);
        return name.isEmpty() || name.equalsIgnoreCase(code.strip())
                ? code
                : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    /** Languages by name, comma-separated. */
    public String languages(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::language).collect(Collectors.joining(", "));
    }

    private TemporalAccessor local(Object value) {
        return switch (value) {
            case null -> null;
            case java.util.Optional<?> o -> o.map(this::local).orElse(null);
            case LocalDate d -> d;
            case LocalDateTime d -> d;
            case Instant i -> i.atZone(zone);
            case ZonedDateTime z -> z.withZoneSameInstant(zone);
            case OffsetDateTime o -> o.atZoneSameInstant(zone);
            default ->
                throw new IllegalArgumentException(
                        "not a date: " + value.getClass().getName());
        };
    }
}
