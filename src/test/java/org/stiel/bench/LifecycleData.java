package org.stiel.bench;

import static org.stiel.bench.FlandersData.row;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stiel.bench.StaffModel.Account;
import org.stiel.bench.StaffModel.Network;
import org.stiel.bench.StaffModel.Partner;

/**
 * Five years of lifecycle self-assessment rounds per network (two a year, all closed), each asking the 45 standard
 * questions of 30 participants (25 partner representatives, 5 of the steering group) with their answers, and the
 * collaboration survey of the same round: one response per represented partner with its temperature, the partners it
 * works with (frequency and trust/value items) and its scores on the collaboration factors.
 */
final class LifecycleData {

    static final int ROUNDS_PER_YEAR = 2;
    static final int PARTICIPANTS = 30;
    static final int STEERING_PARTICIPANTS = 5;
    static final List<String> FACTORS = List.of(
            "ENVIRONMENT_TRACK_RECORD",
            "ENVIRONMENT_LOCAL_SUPPORT",
            "ENVIRONMENT_RIGHT_TIME",
            "ENVIRONMENT_POLICY",
            "MEMBERSHIP_RESPECT",
            "MEMBERSHIP_RIGHT_PARTNERS",
            "MEMBERSHIP_OWN_INTEREST",
            "MEMBERSHIP_GIVE_AND_TAKE",
            "PROCESS_OWNERSHIP",
            "PROCESS_DECISIONS",
            "PROCESS_ROLES",
            "PROCESS_ADAPTABLE",
            "COMMUNICATION_OPEN",
            "COMMUNICATION_INFORMED",
            "COMMUNICATION_INFORMAL",
            "COMMUNICATION_CONFLICT",
            "PURPOSE_CLEAR_GOALS",
            "PURPOSE_SHARED_VISION",
            "PURPOSE_OWN_VALUE",
            "PURPOSE_FAMILIES",
            "RESOURCES_MONEY",
            "RESOURCES_TIME",
            "RESOURCES_COORDINATION",
            "RESOURCES_SKILLS");

    /** The rows of all networks, table by table. */
    final Map<String, StringBuilder> tables = new LinkedHashMap<>();

    private final StaffModel m;
    private final LocalDate today;
    private final List<UUID> questions;
    int rounds;
    int participants;
    long answers;
    int responses;

    LifecycleData(StaffModel model, LocalDate today, List<UUID> questions) {
        this.m = model;
        this.today = today;
        this.questions = questions;
        for (String table : List.of(
                "lifecycle_round (id, network_id, title, opened_on, closes_on, closed_at, created_at)",
                "lifecycle_round_question (round_id, position, question_id)",
                "lifecycle_participant (id, round_id, network_id, user_id, role, partner_id, invited_at, reminded_at,"
                        + " submitted_at, updated_at)",
                "lifecycle_answer (participant_id, question_id, status, note, evidence_url)",
                "survey_response (id, round_id, network_id, partner_id, temperature, warmer, submitted_at, updated_at)",
                "survey_link (response_id, other_partner_id, frequency, reliable, open, mission, influence, resources,"
                        + " involvement)",
                "survey_factor (response_id, factor, score)")) {
            tables.put(table, new StringBuilder());
        }
    }

    private StringBuilder out(String table) {
        return tables.entrySet().stream()
                .filter(e -> e.getKey().startsWith(table + " "))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    void network(Network network) {
        int count = ReferralData.YEARS * ROUNDS_PER_YEAR;
        List<Partner> withStaff =
                network.partners.stream().filter(p -> !p.staff().isEmpty()).toList();
        for (int r = 0; r < count; r++) {
            LocalDate opened = today.minusMonths(6L * (count - r)).withDayOfMonth(1);
            LocalDate closes = opened.plusWeeks(4);
            Instant openedAt =
                    opened.atTime(LocalTime.of(9, 0)).atZone(FlandersData.ZONE).toInstant();
            Instant closedAt = closes.plusDays(1)
                    .atTime(LocalTime.of(2, 0))
                    .atZone(FlandersData.ZONE)
                    .toInstant();
            UUID round = m.uuid();
            String title = "Zelfevaluatie " + (opened.getMonthValue() < 7 ? "voorjaar " : "najaar ") + opened.getYear();
            row(out("lifecycle_round"), round, network.id, title, opened, closes, closedAt, openedAt);
            for (int q = 0; q < questions.size(); q++) {
                row(out("lifecycle_round_question"), round, q, questions.get(q));
            }
            rounds++;
            // the network matures: later rounds have more in place
            double progress = (double) r / Math.max(1, count - 1);
            List<Partner> represented = new ArrayList<>(withStaff);
            Collections.shuffle(represented, m.random);
            represented = represented.subList(0, Math.min(represented.size(), PARTICIPANTS - STEERING_PARTICIPANTS));
            List<Account> steering = new ArrayList<>(network.steering);
            Collections.shuffle(steering, m.random);
            steering = steering.subList(0, Math.min(steering.size(), STEERING_PARTICIPANTS));
            for (var partner : represented) {
                participant(round, network, m.pick(partner.staff()), partner, openedAt, closedAt, progress);
            }
            for (var person : steering) {
                participant(round, network, person, null, openedAt, closedAt, progress);
            }
            for (var partner : represented) {
                survey(round, network, partner, withStaff, openedAt, closedAt, progress);
            }
        }
    }

    private void participant(
            UUID round,
            Network network,
            Account person,
            Partner partner,
            Instant opened,
            Instant closed,
            double progress) {
        UUID id = m.uuid();
        boolean submitted = m.chance(0.88);
        Instant at = opened.plusSeconds(
                (long) (m.random.nextDouble() * (closed.getEpochSecond() - opened.getEpochSecond() - 3600)));
        row(
                out("lifecycle_participant"),
                id,
                round,
                network.id,
                person.id(),
                partner == null ? "STEERING_GROUP" : "PARTNER_REPRESENTATIVE",
                partner == null ? null : partner.id(),
                opened,
                submitted ? null : opened.plusSeconds(14 * 86_400),
                submitted ? at : null,
                at);
        participants++;
        // a participant who did not submit got part of the way
        int answered = submitted ? questions.size() : m.random.nextInt(questions.size() / 2);
        for (int q = 0; q < answered; q++) {
            double roll = m.random.nextDouble();
            String status = roll < 0.45 * progress + 0.15 ? "IN_PLACE" : roll < 0.75 ? "UNDER_WAY" : "NOT_STARTED";
            boolean note = m.chance(0.08);
            row(
                    out("lifecycle_answer"),
                    id,
                    questions.get(q),
                    status,
                    note ? "Besproken op de stuurgroep; opvolging in het actieplan." : null,
                    note && m.chance(0.3) ? "https://intranet.example/verslag-" + m.between(1, 400) : null);
            answers++;
        }
    }

    private void survey(
            UUID round,
            Network network,
            Partner partner,
            List<Partner> all,
            Instant opened,
            Instant closed,
            double progress) {
        UUID id = m.uuid();
        boolean submitted = m.chance(0.85);
        Instant at = opened.plusSeconds(
                (long) (m.random.nextDouble() * (closed.getEpochSecond() - opened.getEpochSecond() - 3600)));
        int temperature = Math.max(-5, Math.min(20, (int) Math.round(6 + 8 * progress + m.random.nextGaussian() * 5)));
        row(
                out("survey_response"),
                id,
                round,
                network.id,
                partner.id(),
                temperature,
                m.chance(0.3) ? "Meer tijd om elkaar te leren kennen." : null,
                submitted ? at : null,
                at);
        responses++;
        int links = Math.min(all.size() - 1, m.between(4, 14));
        List<Partner> others = new ArrayList<>(all);
        others.remove(partner);
        Collections.shuffle(others, m.random);
        for (var other : others.subList(0, Math.max(0, links))) {
            int frequency = m.weighted(new double[] {5, 3, 1}) + 1;
            row(
                    out("survey_link"),
                    id,
                    other.id(),
                    frequency,
                    m.between(2, 4),
                    m.between(1, 4),
                    m.between(2, 4),
                    m.between(1, 4),
                    m.between(1, 4),
                    m.between(1, 4));
        }
        for (String factor : FACTORS) {
            row(out("survey_factor"), id, factor, Math.max(1, Math.min(5, (int)
                    Math.round(3 + progress + m.random.nextGaussian()))));
        }
    }
}
