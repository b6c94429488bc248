package org.stiel.bench;

import static org.stiel.bench.FlandersData.row;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.copy.CopyManager;
import org.stiel.bench.StaffModel.Account;
import org.stiel.bench.StaffModel.Network;
import org.stiel.bench.StaffModel.Partner;

/**
 * Referrals between the partners of each network over five years, with their steps, consent texts, access log and
 * notifications, as the referrals module writes them: every referral's steps are the path through
 * {@code ReferralStateMachine} that leads to its status (draft written, sent, opened, accepted, contact started,
 * closed; or declined, cancelled or withdrawn on the way), its timestamps are those of its steps, finished referrals
 * older than the retention period (12 months) are pseudonymised, and the reminders that the hourly job would have sent
 * are recorded, so that neither job finds work when the application starts on the data set.
 *
 * <p>Network sizes fall linearly from the largest (3 % of all referrals: 60 000 at scale 1) to a ninth of it; within
 * a network the busiest recipient receives 10 % (6 000 at scale 1), the next ones 6 % and 4 %, the rest share what is
 * left by random weights.
 */
final class ReferralData {

    static final int REFERRALS = 2_000_000;
    static final double SMALLEST_TO_LARGEST = 0.111;
    static final double[] TOP_RECIPIENT_SHARES = {0.10, 0.06, 0.04};
    static final int YEARS = 5;
    static final Duration RETENTION = Duration.ofDays(365);

    static final String COLUMNS = "referral (id, network_id, sender_partner_id, recipient_partner_id, status,"
            + " created_by, assigned_to, contact_name, contact_phone, contact_email, preferred_contact, language,"
            + " contact_times, children_ages, life_domain, need, urgency, consent_given_by, consent_given_on,"
            + " consent_method, consent_purpose, consent_recipient_id, consent_text_version, decline_reason, outcome,"
            + " outcome_note, created_at, sent_at, opened_at, answered_at, finished_at, withdrawn_at,"
            + " reminded_unopened_at, reminded_unanswered_at, pseudonymised_at, pseudonym, offer_id, municipality_nis)";

    static final Map<String, List<String>> NEEDS = Map.of(
            "HEALTH", List.of("Vragen over slapen en voeding van de baby.", "Zoekt een kinderarts in de buurt."),
            "PARENTING_SUPPORT",
                    List.of("Veel driftbuien thuis; ouders zoeken tips.", "Wil graag praten met andere ouders."),
            "CHILDCARE", List.of("Zoekt opvang vanaf september, drie dagen per week.", "Opvang voor de woensdag."),
            "EDUCATION", List.of("Hulp bij huiswerk en Nederlands.", "Vragen over de inschrijving in de school."),
            "LEISURE", List.of("Zoekt een betaalbare sportclub voor de kinderen.", "Vakantiekamp met UiTPAS-tarief."),
            "MENTAL_WELLBEING", List.of("Moeder voelt zich erg moe en somber.", "Kind piekert veel, slaapt slecht."),
            "HOUSING", List.of("Woning te klein en vochtig.", "Dreigende uithuiszetting, zoekt advies."),
            "EMPLOYMENT", List.of("Vader zoekt werk of een opleiding.", "Hulp bij het zoeken van een job."),
            "PRACTICAL_SUPPORT", List.of("Hulp bij papieren en toeslagen.", "Zoekt kinderkleding en een kinderwagen."),
            "MEETING_OTHERS", List.of("Nieuw in de gemeente, kent nog niemand.", "Zoekt een ontmoetingsplek."));
    static final List<String> LANGUAGES = List.of(
            "Nederlands",
            "Nederlands",
            "Nederlands",
            "Nederlands, Frans",
            "Arabisch",
            "Nederlands, Arabisch",
            "Turks",
            "Engels",
            "Pools",
            "Oekraïens",
            "Roemeens",
            "Somalisch");
    /** Why referrals are declined: a third for lack of offer (no place, nothing that fits, a waiting list). */
    static final List<String> DECLINES = List.of(
            "NO_CAPACITY",
            "NOT_ELIGIBLE",
            "OTHER_OFFER_FITS_BETTER",
            "FAMILY_NOT_REACHABLE",
            "OTHER",
            "NO_FITTING_OFFER",
            "WAITING_LIST");

    static final double[] DECLINE_WEIGHTS = {20, 15, 15, 15, 10, 10, 15};
    static final List<String> TIMES = List.of("Voormiddag", "Namiddag", "Na 17 uur", "Woensdagnamiddag", "Altijd");
    static final List<String> AGES = List.of(
            "3 maanden",
            "8 maanden",
            "1 jaar",
            "2 en 5 jaar",
            "4 jaar",
            "6 jaar",
            "9 en 11 jaar",
            "zwanger",
            "14 maanden en 3 jaar",
            "7 jaar");

    private final StaffModel m;
    private final Instant now;
    private final LocalDate today;
    long referrals;
    long steps;
    long accesses;
    long notifications;

    ReferralData(StaffModel model, Instant now, LocalDate today) {
        this.m = model;
        this.now = now;
        this.today = today;
    }

    /** How many referrals each network holds, by rank: linear from the largest down to a ninth of it. */
    static int[] sizes(int networks, double scale) {
        long total = Math.round(REFERRALS * scale);
        double[] weights = new double[networks];
        double sum = 0;
        for (int r = 0; r < networks; r++) {
            weights[r] = networks == 1 ? 1 : 1 - (double) r / (networks - 1) * (1 - SMALLEST_TO_LARGEST);
            sum += weights[r];
        }
        int[] sizes = new int[networks];
        long given = 0;
        double cumulative = 0;
        for (int r = 0; r < networks; r++) {
            cumulative += weights[r];
            long upTo = Math.round(total * cumulative / sum);
            sizes[r] = (int) (upTo - given);
            given = upTo;
        }
        return sizes;
    }

    /** How many referrals each partner receives: the top shares first, the rest by random weights. */
    int[] quotas(int partners, int count) {
        double[] shares = new double[partners];
        double rest = 1;
        int top = Math.min(TOP_RECIPIENT_SHARES.length, partners - 1);
        for (int i = 0; i < top; i++) {
            shares[i] = TOP_RECIPIENT_SHARES[i];
            rest -= shares[i];
        }
        double weights = 0;
        double[] w = new double[partners];
        for (int i = top; i < partners; i++) {
            w[i] = 0.3 + 1.4 * m.random.nextDouble();
            weights += w[i];
        }
        for (int i = top; i < partners; i++) {
            shares[i] = rest * w[i] / weights;
        }
        int[] quotas = new int[partners];
        int given = 0;
        double cumulative = 0;
        for (int i = 0; i < partners; i++) {
            cumulative += shares[i];
            int upTo = (int) Math.round(count * cumulative);
            quotas[i] = upTo - given;
            given = upTo;
        }
        return quotas;
    }

    /** Writes one network's consent texts and referrals with everything that hangs from them. */
    void network(CopyManager copy, Network network, int count) throws SQLException {
        // consent texts: a first one when the network started using referrals, a new version every ~two years
        var texts = new StringBuilder();
        List<Instant> versions = new ArrayList<>();
        Instant start = now.minus(Duration.ofDays(365L * YEARS + 30));
        for (int v = 1; v <= 3; v++) {
            Instant at = start.plus(Duration.ofDays((v - 1) * 700L));
            versions.add(at);
            row(
                    texts,
                    network.id,
                    v,
                    "Met jouw toestemming brengen we je in contact met een andere partner van het " + network.name
                            + ". We geven alleen door wat nodig is om je te bereiken en waarvoor je hulp zoekt."
                            + (v > 1 ? " Twaalf maanden na de afronding worden je gegevens gewist." : "")
                            + " (versie " + v + ")",
                    at,
                    m.pick(network.coordinators).name());
        }
        FlandersData.copyIn(
                copy, "referral_consent_text (network_id, version, body, created_at, created_by)", texts.toString());

        List<Partner> partners = network.partners;
        int[] quotas = quotas(partners.size(), count);
        int[] recipients = new int[count];
        int k = 0;
        for (int p = 0; p < partners.size(); p++) {
            for (int q = 0; q < quotas[p]; q++) {
                recipients[k++] = p;
            }
        }
        // in chunks, so that the rows of the largest network do not all sit in memory at once
        int chunk = 20_000;
        for (int from = 0; from < count; from += chunk) {
            var out = new Rows();
            for (int i = from; i < Math.min(count, from + chunk); i++) {
                Partner recipient = partners.get(recipients[i]);
                Partner sender;
                do {
                    sender = m.pick(partners);
                } while (sender == recipient && partners.size() > 1);
                referral(out, network, sender, recipient, versions);
            }
            FlandersData.copyIn(copy, COLUMNS, out.referrals.toString());
            FlandersData.copyIn(
                    copy,
                    "referral_step (referral_id, position, action, status, actor_id, actor_name, at)",
                    out.steps.toString());
            FlandersData.copyIn(
                    copy,
                    "referral_access (id, network_id, referral_id, user_id, user_name, partner_id, purpose, at)",
                    out.accesses.toString());
            FlandersData.copyIn(
                    copy,
                    "referral_notification (id, network_id, partner_id, referral_id, kind, created_at, read_at)",
                    out.notifications.toString());
        }
    }

    static final class Rows {
        final StringBuilder referrals = new StringBuilder();
        final StringBuilder steps = new StringBuilder();
        final StringBuilder accesses = new StringBuilder();
        final StringBuilder notifications = new StringBuilder();
    }

    /** When a referral was written: over five years, more in recent years (the network grew). */
    private Instant createdAt() {
        double u = m.random.nextDouble();
        // density rising linearly from 1/2 to 3/2 over the period: x = (-1 + sqrt(1 + 8u)) / 2
        double x = (-1 + Math.sqrt(1 + 8 * u)) / 2;
        long seconds = (long) (x * YEARS * 365 * 86_400);
        return now.minus(Duration.ofDays(365L * YEARS)).plusSeconds(seconds);
    }

    /** The status a referral of this age has: young ones are still on their way, old ones are finished. */
    private String status(Duration age) {
        long days = age.toDays();
        String[] statuses;
        double[] weights;
        if (days < 3) {
            statuses = new String[] {"DRAFT", "SENT", "OPENED", "ACCEPTED", "IN_CONTACT", "CANCELLED"};
            weights = new double[] {10, 40, 27, 15, 5, 3};
        } else if (days < 14) {
            statuses = new String[] {
                "SENT", "OPENED", "ACCEPTED", "IN_CONTACT", "DECLINED", "CLOSED", "CANCELLED", "WITHDRAWN"
            };
            weights = new double[] {5, 15, 25, 30, 8, 10, 4, 3};
        } else if (days < 60) {
            statuses =
                    new String[] {"OPENED", "ACCEPTED", "IN_CONTACT", "DECLINED", "CLOSED", "CANCELLED", "WITHDRAWN"};
            weights = new double[] {2, 6, 25, 10, 50, 4, 3};
        } else {
            statuses = new String[] {"IN_CONTACT", "DECLINED", "CLOSED", "CANCELLED", "WITHDRAWN"};
            weights = new double[] {1, 12, 77, 6, 4};
        }
        return statuses[m.weighted(weights)];
    }

    /** The path of actions from a draft to the status (the first step, the draft, has no action). */
    private List<String> path(String status) {
        return switch (status) {
            case "DRAFT" -> List.of();
            case "SENT" -> List.of("SEND");
            case "OPENED" -> List.of("SEND", "OPEN");
            case "ACCEPTED" -> List.of("SEND", "OPEN", "ACCEPT");
            case "IN_CONTACT" -> List.of("SEND", "OPEN", "ACCEPT", "START_CONTACT");
            case "CLOSED" -> List.of("SEND", "OPEN", "ACCEPT", "START_CONTACT", "CLOSE");
            case "DECLINED" -> List.of("SEND", "OPEN", "DECLINE");
            case "CANCELLED" -> {
                int before = m.weighted(new double[] {2, 3, 5});
                var p = new ArrayList<>(List.of("SEND", "OPEN").subList(0, before));
                p.add("CANCEL");
                yield p;
            }
            case "WITHDRAWN" -> {
                var all = List.of("SEND", "OPEN", "ACCEPT", "START_CONTACT");
                var p = new ArrayList<>(all.subList(0, m.weighted(new double[] {1, 2, 2, 3, 4})));
                p.add("WITHDRAW_CONSENT");
                yield p;
            }
            default -> throw new IllegalArgumentException(status);
        };
    }

    private static String statusAfter(String action) {
        return switch (action) {
            case "SEND" -> "SENT";
            case "OPEN" -> "OPENED";
            case "ACCEPT" -> "ACCEPTED";
            case "DECLINE" -> "DECLINED";
            case "START_CONTACT" -> "IN_CONTACT";
            case "CLOSE" -> "CLOSED";
            case "CANCEL" -> "CANCELLED";
            case "WITHDRAW_CONSENT" -> "WITHDRAWN";
            default -> throw new IllegalArgumentException(action);
        };
    }

    /** A typical wait before the action, in hours. */
    private double hours(String action) {
        return switch (action) {
            case "SEND" -> 0.1 + m.random.nextDouble() * 4;
            case "OPEN" -> 1 + m.random.nextDouble() * 48;
            case "ACCEPT", "DECLINE" -> 2 + m.random.nextDouble() * 72;
            case "START_CONTACT" -> 12 + m.random.nextDouble() * 120;
            case "CLOSE" -> 24 * (7 + m.random.nextDouble() * 60);
            default -> 1 + m.random.nextDouble() * 24 * 10;
        };
    }

    private void referral(Rows out, Network network, Partner sender, Partner recipient, List<Instant> versions) {
        UUID id = m.uuid();
        Instant created = createdAt();
        String status = status(Duration.between(created, now));
        List<String> path = path(status);
        Account creator = m.pick(sender.staff());
        Account assignee = null;
        boolean accepted = path.contains("ACCEPT");
        if (accepted && m.chance(0.8)) {
            assignee = m.pick(recipient.staff());
        }

        // the steps, each after the one before and never after now
        Instant at = created;
        Instant sent = null, opened = null, answered = null, finished = null, withdrawn = null;
        int position = 0;
        row(out.steps, id, position++, null, "DRAFT", creator.id(), creator.name(), at);
        boolean withdrawnByRecipient = false;
        for (String action : path) {
            long wait = (long) (hours(action) * 3600);
            long room = Duration.between(at, now).toSeconds();
            at = at.plusSeconds(Math.min(wait, Math.max(1, room / 2)));
            boolean byRecipient = switch (action) {
                case "OPEN", "ACCEPT", "DECLINE", "START_CONTACT", "CLOSE" -> true;
                case "WITHDRAW_CONSENT" -> sent != null && m.chance(0.5);
                default -> false;
            };
            Account actor = byRecipient ? (assignee != null ? assignee : m.pick(recipient.staff())) : creator;
            row(out.steps, id, position++, action, statusAfter(action), actor.id(), actor.name(), at);
            switch (action) {
                case "SEND" -> sent = at;
                case "OPEN" -> opened = at;
                case "ACCEPT" -> answered = at;
                case "DECLINE" -> {
                    answered = at;
                    finished = at;
                }
                case "CLOSE", "CANCEL" -> finished = at;
                case "WITHDRAW_CONSENT" -> {
                    withdrawn = at;
                    finished = at;
                    withdrawnByRecipient = byRecipient;
                }
                default -> {}
            }
            // the other side hears of every step after sending (Referrals.noticeFor), the recipient of the sending
            String kind = switch (action) {
                case "SEND" -> "RECEIVED";
                case "ACCEPT" -> "ACCEPTED";
                case "DECLINE" -> "DECLINED";
                case "CLOSE" -> "CLOSED";
                case "CANCEL" -> "CANCELLED";
                case "WITHDRAW_CONSENT" -> "WITHDRAWN";
                default -> null;
            };
            if (kind != null && sent != null) {
                Partner other = action.equals("SEND") || (action.equals("CANCEL"))
                        ? recipient
                        : action.equals("WITHDRAW_CONSENT") && !withdrawnByRecipient ? recipient : sender;
                notification(out, network, other, id, kind, at);
            }
        }
        steps += position;

        // reminders the hourly job would have sent for referrals left unopened or unanswered (ReferralReminders)
        Instant remindedUnopened = null, remindedUnanswered = null;
        if (sent != null && ("SENT".equals(status) || "OPENED".equals(status))) {
            if ("SENT".equals(status) && sent.plus(Duration.ofDays(2)).isBefore(now)) {
                remindedUnopened = sent.plus(Duration.ofDays(2));
                notification(out, network, recipient, id, "REMINDER_UNOPENED", remindedUnopened);
            }
            if (sent.plus(Duration.ofDays(5)).isBefore(now)) {
                remindedUnanswered = sent.plus(Duration.ofDays(7));
                if (remindedUnanswered.isAfter(now)) {
                    remindedUnanswered = now.minusSeconds(60);
                }
                notification(out, network, recipient, id, "REMINDER_UNANSWERED", remindedUnanswered);
            }
        }

        // who read the family's details: the sender after writing, the recipient when opening and while working on it
        access(out, network, id, creator, sender, created.plusSeconds(60));
        if (opened != null) {
            Account reader = assignee != null ? assignee : m.pick(recipient.staff());
            access(out, network, id, reader, recipient, opened);
            int more = m.random.nextInt(accepted ? 3 : 1);
            Instant end = finished != null ? finished : now;
            for (int i = 0; i < more; i++) {
                long span = Math.max(1, Duration.between(opened, end).toSeconds());
                access(out, network, id, reader, recipient, opened.plusSeconds((long) (m.random.nextDouble() * span)));
            }
        }

        String domain =
                recipient.kind() == null ? "PARENTING_SUPPORT" : m.pick(FlandersData.kindDomains(recipient.kind()));
        boolean consent = !"DRAFT".equals(status) || m.chance(0.5);
        int version = 1;
        for (int v = 0; v < versions.size(); v++) {
            if (!versions.get(v).isAfter(created)) {
                version = v + 1;
            }
        }
        String first = m.pick(StaffModel.FIRST_NAMES);
        String preferred = m.pick(List.of("PHONE", "PHONE", "PHONE", "EMAIL", "THROUGH_REFERRER"));
        boolean pseudonymised = finished != null && finished.plus(RETENTION).isBefore(now);
        Instant pseudonymisedAt = pseudonymised ? finished.plus(RETENTION).plusSeconds(3600L * 3) : null;
        if (pseudonymisedAt != null && pseudonymisedAt.isAfter(now)) {
            pseudonymisedAt = now.minusSeconds(60);
        }
        UUID offer = recipient.services().isEmpty() || m.chance(0.4) ? null : m.pick(recipient.services());
        String decline = "DECLINED".equals(status) ? DECLINES.get(m.weighted(DECLINE_WEIGHTS)) : null;
        // the family's municipality, one of the network's; now and then not given (the gap list's "unknown")
        String municipality = network.nisCodes.isEmpty() || m.chance(0.05) ? null : m.pick(network.nisCodes);
        String outcome = "CLOSED".equals(status)
                ? List.of("GOT_HELP", "COULD_NOT_GET_HELP", "FAMILY_DECLINED", "REFERRED_ELSEWHERE", "NO_LONGER_NEEDED")
                        .get(m.weighted(new double[] {70, 8, 7, 10, 5}))
                : null;
        String note = (decline != null || outcome != null) && m.chance(0.3) ? "Opgevolgd; zie dossier." : null;
        row(
                out.referrals,
                id,
                network.id,
                sender.id(),
                recipient.id(),
                status,
                creator.id(),
                assignee == null ? null : assignee.id(),
                pseudonymised ? null : first,
                pseudonymised || "EMAIL".equals(preferred) && m.chance(0.5) ? null : phone(),
                pseudonymised || !"EMAIL".equals(preferred)
                        ? null
                        : first.toLowerCase(java.util.Locale.ROOT) + "@gezin.example",
                preferred,
                pseudonymised ? null : m.pick(LANGUAGES),
                pseudonymised ? null : m.pick(TIMES),
                pseudonymised ? null : m.pick(AGES),
                domain,
                pseudonymised ? null : m.pick(NEEDS.get(domain)),
                List.of("LOW", "NORMAL", "HIGH").get(m.weighted(new double[] {20, 65, 15})),
                consent && !pseudonymised ? first + " (moeder)" : null,
                consent ? created.atZone(FlandersData.ZONE).toLocalDate() : null,
                consent ? m.pick(List.of("VERBAL", "VERBAL", "WRITTEN", "DIGITAL")) : null,
                consent && !pseudonymised ? "Doorverwijzing naar " + recipient.name() : null,
                consent ? recipient.id() : null,
                consent ? version : null,
                decline,
                outcome,
                pseudonymised ? null : note,
                created,
                sent,
                opened,
                answered,
                finished,
                withdrawn,
                remindedUnopened,
                remindedUnanswered,
                pseudonymisedAt,
                pseudonymised ? "G-" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT) : null,
                offer,
                municipality);
        referrals++;
    }

    private String phone() {
        return "04" + m.between(70, 99) + " " + m.between(10, 99) + " " + m.between(10, 99) + " " + m.between(10, 99);
    }

    private void notification(Rows out, Network network, Partner partner, UUID referral, String kind, Instant at) {
        // staff read what concerns them within days; the last days' notices are partly unread
        Instant read = at.plusSeconds((long) (m.random.nextDouble() * 3 * 86_400));
        row(out.notifications, m.uuid(), network.id, partner.id(), referral, kind, at, read.isAfter(now) ? null : read);
        notifications++;
    }

    private void access(Rows out, Network network, UUID referral, Account reader, Partner partner, Instant at) {
        if (at.isAfter(now)) {
            at = now.minusSeconds(1);
        }
        String purpose = m.chance(0.03) ? "API" : "PAGE";
        row(out.accesses, m.uuid(), network.id, referral, reader.id(), reader.name(), partner.id(), purpose, at);
        accesses++;
    }

    LocalDate today() {
        return today;
    }
}
