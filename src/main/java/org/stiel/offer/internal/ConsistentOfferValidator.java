package org.stiel.offer.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.stiel.offer.Frequency;
import org.stiel.offer.OfferCost;
import org.stiel.offer.OfferForm;

/** Checks {@link ConsistentOffer}; public only because Bean Validation instantiates it reflectively. */
public class ConsistentOfferValidator implements ConstraintValidator<ConsistentOffer, OfferForm> {

    @Override
    public boolean isValid(OfferForm form, ConstraintValidatorContext context) {
        if (form == null) {
            return true;
        }
        var problems = new Problems(context);
        if (form.getAgeMinMonths() != null
                && form.getAgeMaxMonths() != null
                && form.getAgeMinMonths() > form.getAgeMaxMonths()) {
            problems.add("ageMaxMonths", "{offer.age.order}");
        }
        if (form.getCapacity() != null && form.getPlacesLeft() != null && form.getPlacesLeft() > form.getCapacity()) {
            problems.add("placesLeft", "{offer.placesLeft.capacity}");
        }
        if (form.getCost() == OfferCost.PAID && form.getPrice() == null) {
            problems.add("price", "{offer.price.required}");
        }
        if (form.isOnline()
                && isEmpty(form.getOnlineUrl())
                && form.getLocationIds().isEmpty()) {
            // online without a link is allowed when the link comes on registration; a place-less offer needs one
            problems.add("onlineUrl", "{offer.onlineUrl.required}");
        }
        if (form.getLanguages().stream().anyMatch(code -> code == null || !code.matches("[a-z]{2}"))) {
            problems.add("languages", "{offer.language.pattern}");
        }
        var schedules = form.getSchedules();
        for (int i = 0; i < schedules.size(); i++) {
            var s = schedules.get(i);
            if (s == null) {
                continue;
            }
            String row = "schedules[" + i + "].";
            // a recurrence is expanded from its first date: one from the year -999999999 never ends (found by fuzzing)
            outOfRange(problems, row + "dtstart", s.getDtstart());
            outOfRange(problems, row + "until", s.getUntil());
            outOfRange(problems, row + "validFrom", s.getValidFrom());
            outOfRange(problems, row + "validTo", s.getValidTo());
            if (s.getOpensAt() != null
                    && s.getClosesAt() != null
                    && !s.getClosesAt().isAfter(s.getOpensAt())) {
                problems.add(row + "closesAt", "{offer.schedule.closesAt.order}");
            }
            if (s.getClosesAt() != null && s.getOpensAt() == null) {
                problems.add(row + "opensAt", "{offer.schedule.opensAt.required}");
            }
            if (s.getValidFrom() != null
                    && s.getValidTo() != null
                    && s.getValidTo().isBefore(s.getValidFrom())) {
                problems.add(row + "validTo", "{offer.dates.order}");
            }
            if (s.getFreq() == null) {
                if (s.getInterval() != null
                        || s.getByday() != null
                        || s.getBymonthday() != null
                        || s.getCount() != null
                        || s.getUntil() != null) {
                    problems.add(row + "freq", "{offer.schedule.freq.required}");
                }
            } else {
                if (s.getCount() != null && s.getUntil() != null) {
                    problems.add(row + "until", "{offer.schedule.countOrUntil}");
                }
                if (s.getBymonthday() != null && s.getBymonthday() == 0) {
                    // RFC 5545 has no day 0; ical4j refuses it when expanding (found by fuzzing)
                    problems.add(row + "bymonthday", "{offer.schedule.bymonthday.zero}");
                }
                if (s.getBymonthday() != null && s.getFreq() != Frequency.MONTHLY) {
                    problems.add(row + "bymonthday", "{offer.schedule.bymonthday.monthly}");
                }
                if (s.getByday() != null
                        && s.getFreq() != Frequency.MONTHLY
                        && s.getByday().matches(".*\\d.*")) {
                    // "1SA" (the first Saturday) only means something within a month
                    problems.add(row + "byday", "{offer.schedule.byday.ordinal}");
                }
                if (s.getUntil() != null
                        && s.getDtstart() != null
                        && s.getUntil().isBefore(s.getDtstart())) {
                    problems.add(row + "until", "{offer.dates.order}");
                }
            }
        }
        var closures = form.getClosures();
        for (int i = 0; i < closures.size(); i++) {
            var c = closures.get(i);
            if (c != null
                    && c.getFromDate() != null
                    && c.getToDate() != null
                    && c.getToDate().isBefore(c.getFromDate())) {
                problems.add("closures[" + i + "].toDate", "{offer.dates.order}");
            }
        }
        return problems.none();
    }

    /** Dates a schedule may name: wide enough for any real offer, narrow enough to expand. */
    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

    static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

    private static void outOfRange(Problems problems, String path, LocalDate date) {
        if (date != null && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
            problems.add(path, "{offer.dates.range}");
        }
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isBlank();
    }

    private static final class Problems {
        private final ConstraintValidatorContext context;
        private boolean any;

        Problems(ConstraintValidatorContext context) {
            this.context = context;
        }

        void add(String path, String message) {
            if (!any) {
                context.disableDefaultConstraintViolation();
                any = true;
            }
            // a path such as schedules[1].closesAt: a property node per segment, the index on the one after it
            var builder = context.buildConstraintViolationWithTemplate(message);
            String[] parts = path.split("\\.");
            if (parts.length == 1) {
                builder.addPropertyNode(parts[0]).addConstraintViolation();
                return;
            }
            String list = parts[0].substring(0, parts[0].indexOf('['));
            int index = Integer.parseInt(parts[0].substring(parts[0].indexOf('[') + 1, parts[0].indexOf(']')));
            builder.addPropertyNode(list)
                    .addPropertyNode(parts[1])
                    .inIterable()
                    .atIndex(index)
                    .addConstraintViolation();
        }

        boolean none() {
            return !any;
        }
    }
}
