package org.stiel.insight.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stiel.insight.AgeBand;
import org.stiel.insight.Gap;
import org.stiel.insight.GapReason;
import org.stiel.network.LifeDomain;

/**
 * A gap in words, the same on the page, in the exports, the PDF and the challenge: "Hazelbeke: 412 children 0–2,
 * deprivation 18 %, no parenting support within 5 km, 7 referrals declined for lack of offer in 12 months".
 */
@Component
public class GapTexts {

    private final MessageSource messages;

    GapTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Why this is a gap, in one sentence beginning with the municipality. */
    public String why(Gap gap, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (gap.children() != null) {
            parts.add(msg(
                    "gaps.why.children",
                    locale,
                    number(gap.children(), locale),
                    band(gap.key().band(), locale)));
        }
        if (gap.deprivation() != null) {
            parts.add(msg("gaps.why.deprivation", locale, number(gap.deprivation(), locale)));
        }
        for (var reason : gap.reasons()) {
            parts.add(reason(gap, reason, locale));
        }
        return gap.municipality() + ": " + String.join(", ", parts);
    }

    public String reason(Gap gap, GapReason reason, Locale locale) {
        String domain = domain(gap.key().domain(), locale).toLowerCase(locale);
        return switch (reason) {
            case NO_OFFER_NEARBY -> msg("gaps.why.NO_OFFER_NEARBY", locale, domain, GapRules.NEARBY_KM);
            case LOW_RATE ->
                msg(
                        "gaps.why.LOW_RATE",
                        locale,
                        number(gap.offersPer1000(), locale),
                        number(gap.networkOffersPer1000(), locale));
            case DECLINES -> msg("gaps.why.DECLINES", locale, gap.declined(), gap.declinedCapacity());
            case STALE_ONLY -> msg("gaps.why.STALE_ONLY", locale, gap.staleOffers());
        };
    }

    /** A short title for a challenge started from the gap. */
    public String title(Gap gap, Locale locale) {
        return msg(
                "gaps.challenge.title",
                locale,
                domain(gap.key().domain(), locale),
                band(gap.key().band(), locale),
                gap.municipality());
    }

    public String domain(LifeDomain domain, Locale locale) {
        return msg("lifeDomain." + domain.name(), locale);
    }

    public String band(AgeBand band, Locale locale) {
        return msg("gaps.band." + band.name(), locale);
    }

    public String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** At most one decimal, in the reader's language. */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return "–";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
