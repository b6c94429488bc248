package org.stiel.offer.hsds;

import static org.stiel.offer.hsds.HsdsValues.decimal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The values of an HSDS document as Stiel's: numbers, dates and times as the file may write them, ages in years as
 * months, and a form's property as the HSDS field it came from. A value that cannot be read is an error of the plan,
 * next to its place in the file.
 */
final class HsdsValues {

    private HsdsValues() {}

    static boolean same(Object a, Object b) {
        return Objects.equals(HsdsReader.JSON.valueToTree(a), HsdsReader.JSON.valueToTree(b));
    }

    static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(items::add);
        }
        return items;
    }

    static Integer months(HsdsPlan plan, String source, JsonNode node, String field) {
        BigDecimal years = decimal(plan, source, node, field);
        return years == null
                ? null
                : years.multiply(BigDecimal.valueOf(12))
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValue();
    }

    static BigDecimal decimal(HsdsPlan plan, String source, JsonNode node, String field) {
        String text = HsdsReader.text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.')).setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            plan.error(source, field, plan.msg("hsds.import.number", text));
            return null;
        }
    }

    static Double number(HsdsPlan plan, String source, JsonNode node, String field) {
        BigDecimal value = decimal(plan, source, node, field);
        return value == null
                ? null
                : new BigDecimal(HsdsReader.text(node, field).replace(',', '.')).doubleValue();
    }

    static Integer integer(HsdsPlan plan, String source, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            plan.error(source, field, plan.msg("hsds.import.integer", text));
            return null;
        }
    }

    static LocalDate date(HsdsPlan plan, String source, JsonNode node, String field) {
        String text = HsdsReader.text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (RuntimeException e) {
            plan.error(source, field, plan.msg("hsds.import.date", text));
            return null;
        }
    }

    static LocalTime time(HsdsPlan plan, String source, JsonNode node, String field) {
        String text = HsdsReader.text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text);
        } catch (RuntimeException e) {
            plan.error(source, field, plan.msg("hsds.import.time", text));
            return null;
        }
    }

    static Optional<UUID> parseUuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A form property as the HSDS field it came from, so that the report names what is in the file. */
    static String hsdsField(String property) {
        String root = property.replaceAll("\\[.*", "").replaceAll("\\..*", "");
        return switch (root) {
            case "ageMinMonths" -> "minimum_age";
            case "ageMaxMonths" -> "maximum_age";
            case "registrationUrl" -> "url";
            case "contactEmail" -> "email";
            case "contactName" -> "contacts";
            case "contactPhone" -> "phones";
            case "registrationHow" -> "application_process";
            case "costNotes" -> "fees_description";
            case "costOptions", "price" -> "cost_options";
            case "schedules" -> "schedules";
            case "languages" -> "languages";
            case "locations", "locationIds" -> "locations";
            case "website" -> "website";
            case "lifeDomains", "audiences", "pillar", "kind", "capacity", "placesLeft", "onlineUrl" -> "attributes";
            case "" -> "";
            default -> property.isEmpty() ? "" : root;
        };
    }
}
