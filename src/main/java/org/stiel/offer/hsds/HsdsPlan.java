package org.stiel.offer.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.stiel.network.NetworkId;
import org.stiel.offer.OfferForm;
import org.stiel.offer.hsds.HsdsReport.Action;
import org.stiel.partners.PartnerForm;

/** The import worked out: what happens to each record, and what is wrong. */
final class HsdsPlan {

    /** How many records the report lists; it counts them all. */
    static final int LINES = 200;

    final NetworkId network;
    final String fileName;
    final List<OrgPlan> orgs = new ArrayList<>();
    final List<ServicePlan> services = new ArrayList<>();
    final HsdsIssues errors = new HsdsIssues();
    final HsdsIssues warnings = new HsdsIssues();
    private final MessageSource messages;

    HsdsPlan(NetworkId network, String fileName, MessageSource messages) {
        this.network = network;
        this.fileName = HsdsIssues.shorten(fileName, HsdsIssues.VALUE);
        this.messages = messages;
    }

    void error(String source, String field, String message) {
        errors.add(source, field, message);
    }

    void warning(String source, String field, String message) {
        warnings.add(source, field, message);
    }

    Optional<OrgPlan> org(String hsdsId) {
        return orgs.stream().filter(o -> o.hsdsId.equals(hsdsId)).findFirst();
    }

    int size() {
        return orgs.size() + services.size();
    }

    HsdsReport report() {
        List<HsdsReport.Line> lines = new ArrayList<>();
        long[] counts = new long[Action.values().length];
        orgs.forEach(o -> line(lines, counts, o.action, "organization", o.hsdsId, o.form.getName(), o.source));
        services.forEach(s -> line(lines, counts, s.action, "service", s.hsdsId, s.form.getName(), s.source));
        String more = "hsds.import.more";
        var locale = LocaleContextHolder.getLocale();
        return new HsdsReport(
                lines,
                errors.list(fileName, n -> messages.getMessage(more, new Object[] {n}, more, locale)),
                warnings.list(fileName, n -> messages.getMessage(more, new Object[] {n}, more, locale)),
                new HsdsReport.Counts(
                        counts[Action.CREATE.ordinal()],
                        counts[Action.UPDATE.ordinal()],
                        counts[Action.UNCHANGED.ordinal()],
                        errors.count(),
                        warnings.count()));
    }

    private static void line(
            List<HsdsReport.Line> lines,
            long[] counts,
            Action action,
            String entity,
            String hsdsId,
            String name,
            String source) {
        if (action != null) {
            counts[action.ordinal()]++;
        }
        if (lines.size() < LINES) {
            lines.add(new HsdsReport.Line(
                    action,
                    entity,
                    HsdsIssues.shorten(hsdsId, HsdsIssues.VALUE),
                    HsdsIssues.shorten(name, HsdsIssues.VALUE),
                    HsdsIssues.shorten(source, 2 * HsdsIssues.VALUE)));
        }
    }

    /** A message of the report; a value from the file in it is cut short, so that the report echoes little. */
    String msg(String key, Object... args) {
        Object[] shortened = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shortened[i] = args[i] instanceof String text ? HsdsIssues.shorten(text, HsdsIssues.VALUE) : args[i];
        }
        return messages.getMessage(key, shortened, key, LocaleContextHolder.getLocale());
    }

    static final class OrgPlan {
        final String hsdsId;
        final String source;
        final List<String> placeIds = new ArrayList<>();
        PartnerForm form;
        UUID existing;
        Action action;

        OrgPlan(String hsdsId, String source) {
            this.hsdsId = hsdsId;
            this.source = source;
        }
    }

    static final class ServicePlan {
        final String hsdsId;
        final String source;
        final List<String> placeIds = new ArrayList<>();
        String orgId;
        UUID existing;
        UUID localId;
        UUID partner;
        OfferForm form;
        Action action;

        ServicePlan(String hsdsId, String source) {
            this.hsdsId = hsdsId;
            this.source = source;
        }
    }
}
