package org.stiel.bench;

import static org.stiel.bench.FlandersData.row;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stiel.bench.StaffModel.Account;
import org.stiel.bench.StaffModel.Network;
import org.stiel.bench.StaffModel.Partner;

/**
 * A network's work over five years: its plan (challenges, goals with the partners' own goals, actions with
 * contributors), its governance (a steering group and working groups with members, decisions linked to meetings,
 * goals and actions), its meetings (yearly series per body, hosted in turn by partners, with agenda and attendance)
 * and its feed (partners and offers created and updated).
 */
final class WorkData {

    static final int ACTIONS = 20_000;
    static final int DECISIONS = 10_000;
    static final int MEETINGS = 5_000;
    static final int FEED = 500_000;
    static final int CHALLENGES_PER_NETWORK = 30;
    static final int GOALS_PER_NETWORK = 12;
    static final int WORKING_GROUPS = 3;

    static final List<String> THEMES = List.of(
            "taalstimulering",
            "kinderopvang",
            "kansarmoede",
            "opvoedingsondersteuning",
            "vrije tijd",
            "gezondheid",
            "wonen",
            "werk",
            "ontmoeting",
            "zwangerschap",
            "jonge ouders",
            "schoolkosten",
            "digitale inclusie",
            "bereik van kwetsbare gezinnen",
            "vindbaarheid van het aanbod",
            "samenwerking met scholen");
    static final List<String> ACTION_VERBS = List.of(
            "Organiseer", "Start", "Evalueer", "Verspreid", "Maak", "Plan", "Vernieuw", "Bespreek", "Bundel", "Werf");
    static final List<String> ACTION_OBJECTS = List.of(
            "een infoavond over",
            "een flyer over",
            "een overleg over",
            "een ronde langs scholen over",
            "een werkgroep over",
            "een nieuwsbrief over",
            "een vorming over",
            "een inloopmoment over",
            "een bevraging van ouders over",
            "een wegwijzer over");
    static final List<String> DECISION_PHRASES = List.of(
            "Goedkeuring jaaractieplan",
            "Verdeling van het werkingsbudget",
            "Nieuwe partner toegelaten",
            "Aanstelling van een trekker voor",
            "Subsidieaanvraag ingediend voor",
            "Prioriteit voor",
            "Communicatieplan voor",
            "Evaluatie van de werkgroep",
            "Samenwerkingsovereenkomst verlengd voor",
            "Locatie gekozen voor");
    static final List<String> AGENDA = List.of(
            "Welkom en verslag vorige vergadering",
            "Stand van het actieplan",
            "Nieuws van de partners",
            "Begroting",
            "Voorstelling nieuwe partner",
            "Resultaten zelfevaluatie",
            "Varia",
            "Planning volgend jaar");
    static final List<String> PARTNER_FIELDS =
            List.of("name", "description", "website", "expertise", "locations", "contacts", "lifeDomains", "reach");
    static final List<String> OFFER_FIELDS = List.of(
            "name",
            "description",
            "schedules",
            "cost",
            "locations",
            "registrationHow",
            "languages",
            "status",
            "placesLeft",
            "ageMinMonths",
            "contactPhone");

    final Map<String, StringBuilder> tables = new LinkedHashMap<>();

    private final StaffModel m;
    private final LocalDate today;
    private final Instant now;
    private final double scale;
    private final int networks;
    int actions;
    int decisions;
    int meetings;
    long feed;
    int attendees;

    WorkData(StaffModel model, LocalDate today, Instant now, double scale, int networks) {
        this.m = model;
        this.today = today;
        this.now = now;
        this.scale = scale;
        this.networks = networks;
        for (String table : List.of(
                "planning_challenge (id, network_id, title, description, source, status, priority, proposed_by,"
                        + " created_at, updated_at)",
                "planning_challenge_vote (challenge_id, network_id, partner_id, voted_by, voted_at)",
                "planning_goal (id, network_id, challenge_id, title, why, measure, target_on, published, created_at,"
                        + " updated_at)",
                "planning_goal_partner (goal_id, position, network_id, partner_id, own_goal)",
                "planning_action (id, network_id, title, description, status, owner_partner_id, owner_user_id, due_on,"
                        + " created_at, updated_at, goal_id, start_on, quick_win, progress)",
                "planning_action_contributor (action_id, position, network_id, partner_id, kind, amount,"
                        + " description)",
                "governance_body (id, network_id, name, kind, mandate, chair_id, created_at, updated_at)",
                "governance_body_member (id, body_id, network_id, partner_id, person_id, joined_on, left_on)",
                "meeting_series (id, network_id, name, kind, body_id, start_time, end_time, expected_attendees,"
                        + " confirmed, created_at)",
                "meeting_series_partner (series_id, partner_id)",
                "meeting (id, network_id, series_id, kind, body_id, title, day, start_time, end_time,"
                        + " host_partner_id, venue_name, venue_address, municipality, minutes, invitations_sent_at,"
                        + " created_at)",
                "meeting_agenda_item (meeting_id, position, title)",
                "meeting_attendee (meeting_id, user_id, attendance)",
                "governance_decision (id, network_id, body_id, title, rationale, decided_on, meeting_id,"
                        + " meeting_title, meeting_date, recorded_by, created_at)",
                "governance_decision_goal (decision_id, goal_id)",
                "governance_decision_action (decision_id, action_id)",
                "feed_entry (id, network_id, occurred_at, actor_name, subject_type, subject_id, subject_name, action,"
                        + " changes)")) {
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

    /** An even share of a total over the networks, the remainder spread over the first ones. */
    int share(int total, int rank) {
        long all = Math.round(total * scale);
        return (int) (all * (rank + 1) / networks - all * rank / networks);
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, m.random.nextInt(60)))
                .atZone(FlandersData.ZONE)
                .toInstant();
    }

    private LocalDate dayInPeriod() {
        return today.minusDays(m.random.nextInt(365 * ReferralData.YEARS));
    }

    private String theme() {
        return m.pick(THEMES);
    }

    void network(Network network) {
        List<Partner> partners = network.partners;
        List<Account> members = network.members();
        Account coordinator = network.coordinators.getFirst();

        // --- plan
        List<UUID> goals = new ArrayList<>();
        for (int c = 0; c < CHALLENGES_PER_NETWORK; c++) {
            UUID id = m.uuid();
            String status = c < GOALS_PER_NETWORK ? "GOAL" : m.pick(List.of("PROPOSED", "PRIORITISED", "SET_ASIDE"));
            LocalDate day = dayInPeriod();
            String theme = theme();
            row(
                    out("planning_challenge"),
                    id,
                    network.id,
                    "Meer aandacht voor " + theme,
                    "Partners en ouders zien een nood rond " + theme + ".",
                    m.pick(List.of("CONTEXT", "FAMILIES", "PROFESSIONALS")),
                    status,
                    "PROPOSED".equals(status) ? null : c + 1,
                    m.pick(members).id(),
                    at(day, 10),
                    at(day, 11));
            List<Partner> voters = new ArrayList<>(partners);
            java.util.Collections.shuffle(voters, m.random);
            for (var voter : voters.subList(0, Math.min(voters.size(), m.between(0, 8)))) {
                row(out("planning_challenge_vote"), id, network.id, voter.id(), null, at(day.plusDays(3), 14));
            }
            if (c < GOALS_PER_NETWORK) {
                UUID goal = m.uuid();
                goals.add(goal);
                row(
                        out("planning_goal"),
                        goal,
                        network.id,
                        id,
                        "Tegen " + (today.getYear() + 1) + ": " + theme + " versterkt",
                        "Omdat gezinnen er in de bevraging om vroegen.",
                        "Aantal bereikte gezinnen",
                        today.plusYears(1).withDayOfYear(1),
                        m.chance(0.8),
                        at(day.plusDays(20), 10),
                        at(day.plusDays(20), 11));
                int own = m.between(1, 3);
                for (int p = 0; p < own; p++) {
                    row(
                            out("planning_goal_partner"),
                            goal,
                            p,
                            network.id,
                            m.pick(partners).id(),
                            "Onze eigen doelstelling rond " + theme);
                }
            }
        }
        List<UUID> actionIds = new ArrayList<>();
        int actionCount = share(ACTIONS, network.rank);
        for (int a = 0; a < actionCount; a++) {
            UUID id = m.uuid();
            actionIds.add(id);
            LocalDate start = dayInPeriod();
            LocalDate due = start.plusDays(m.between(14, 240));
            String status;
            int progress;
            if (due.isBefore(today)) {
                status = m.chance(0.85) ? "DONE" : m.chance(0.5) ? "CANCELLED" : "IN_PROGRESS";
            } else {
                status = start.isAfter(today) ? "OPEN" : m.chance(0.7) ? "IN_PROGRESS" : "OPEN";
            }
            progress = switch (status) {
                case "DONE" -> 100;
                case "IN_PROGRESS" -> m.between(10, 90);
                case "CANCELLED" -> m.between(0, 50);
                default -> 0;
            };
            Partner owner = m.pick(partners);
            row(
                    out("planning_action"),
                    id,
                    network.id,
                    m.pick(ACTION_VERBS) + " " + m.pick(ACTION_OBJECTS) + " " + theme(),
                    m.chance(0.6) ? "Samen met de partners van " + network.place() + "." : null,
                    status,
                    owner.id(),
                    m.chance(0.8) && !owner.staff().isEmpty()
                            ? m.pick(owner.staff()).id()
                            : null,
                    due,
                    at(start.minusDays(7), 9),
                    at(start.minusDays(1), 16),
                    goals.isEmpty() || m.chance(0.2) ? null : m.pick(goals),
                    start,
                    m.chance(0.15),
                    progress);
            int contributors = m.weighted(new double[] {4, 3, 2});
            for (int c = 0; c < contributors; c++) {
                String kind = m.pick(List.of("HOURS", "MONEY", "ROOM", "MATERIALS", "OTHER"));
                row(
                        out("planning_action_contributor"),
                        id,
                        c,
                        network.id,
                        m.pick(partners).id(),
                        kind,
                        "HOURS".equals(kind)
                                ? Integer.valueOf(m.between(2, 40))
                                : "MONEY".equals(kind) ? Integer.valueOf(m.between(50, 2500)) : null,
                        "ROOM".equals(kind) ? "Zaal ter beschikking" : null);
            }
            actions++;
        }

        // --- bodies
        List<UUID> bodies = new ArrayList<>();
        List<String> bodyNames = new ArrayList<>();
        for (int b = 0; b <= WORKING_GROUPS; b++) {
            UUID id = m.uuid();
            String name = b == 0 ? "Stuurgroep" : "Werkgroep " + THEMES.get((network.rank + b * 5) % THEMES.size());
            bodies.add(id);
            bodyNames.add(name);
            LocalDate founded = today.minusYears(ReferralData.YEARS).minusDays(m.random.nextInt(60));
            row(
                    out("governance_body"),
                    id,
                    network.id,
                    name,
                    b == 0 ? "STEERING_GROUP" : "WORKING_GROUP",
                    b == 0
                            ? "Stuurt het netwerk en beslist over budget en prioriteiten."
                            : "Werkt rond " + name.substring(10) + ".",
                    coordinator.id(),
                    at(founded, 10),
                    at(founded, 10));
            int size = b == 0 ? 10 : 6;
            for (int i = 0; i < size; i++) {
                Partner partner = m.pick(partners);
                LocalDate joined = founded.plusDays(m.random.nextInt(365 * 3));
                row(
                        out("governance_body_member"),
                        m.uuid(),
                        id,
                        network.id,
                        partner.id(),
                        partner.staff().isEmpty()
                                ? null
                                : m.pick(partner.staff()).id(),
                        joined,
                        m.chance(0.2) ? joined.plusDays(m.between(30, 400)) : null);
            }
        }

        // --- meetings: a series per body and year, hosted in turn by partners of the network
        record Held(UUID id, String title, LocalDate day, int body) {}
        List<Held> held = new ArrayList<>();
        int meetingCount = share(MEETINGS, network.rank);
        int years = ReferralData.YEARS + 1;
        int perSeries = Math.max(1, (int) Math.ceil(meetingCount / (double) (years * bodies.size())));
        int made = 0;
        for (int y = 0; y < years && made < meetingCount; y++) {
            int year = today.getYear() - ReferralData.YEARS + y;
            for (int b = 0; b < bodies.size() && made < meetingCount; b++) {
                UUID series = m.uuid();
                String kind = b == 0 ? "NETWORK_MEETING" : "WORKING_GROUP_MEETING";
                LocalTime start = b == 0 ? LocalTime.of(9, 30) : LocalTime.of(13, 30);
                row(
                        out("meeting_series"),
                        series,
                        network.id,
                        bodyNames.get(b) + " " + year,
                        kind,
                        bodies.get(b),
                        start,
                        start.plusHours(2),
                        b == 0 ? 20 : 8,
                        true,
                        at(LocalDate.of(year - 1, 12, 1), 10));
                List<Partner> hosts = new ArrayList<>(partners);
                java.util.Collections.shuffle(hosts, m.random);
                hosts = hosts.subList(0, Math.min(hosts.size(), 5));
                for (var host : hosts) {
                    row(out("meeting_series_partner"), series, host.id());
                }
                for (int i = 0; i < perSeries && made < meetingCount; i++, made++) {
                    int month = 1 + (int) ((12.0 * i) / perSeries);
                    LocalDate day = LocalDate.of(year, month, 1)
                            .with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY))
                            .plusWeeks(b);
                    UUID id = m.uuid();
                    Partner host = hosts.get(i % hosts.size());
                    String town = m.pick(network.towns);
                    String title = bodyNames.get(b) + " " + day.getDayOfMonth() + "/" + day.getMonthValue();
                    boolean past = day.isBefore(today);
                    row(
                            out("meeting"),
                            id,
                            network.id,
                            series,
                            kind,
                            bodies.get(b),
                            title,
                            day,
                            start,
                            start.plusHours(2),
                            host.id(),
                            "Vergaderzaal " + host.name(),
                            m.pick(FlandersData.STREETS) + " " + m.between(1, 120) + ", " + town,
                            town,
                            past ? "Verslag: de punten zijn besproken; zie de beslissingen." : null,
                            past || day.isBefore(today.plusWeeks(3)) ? at(day.minusWeeks(2), 9) : null,
                            at(LocalDate.of(year - 1, 12, 1), 10));
                    int items = m.between(3, 6);
                    for (int p = 0; p < items; p++) {
                        row(out("meeting_agenda_item"), id, p, AGENDA.get((p + i) % AGENDA.size()));
                    }
                    List<Account> invited = new ArrayList<>(b == 0 ? network.steering : members);
                    java.util.Collections.shuffle(invited, m.random);
                    invited = invited.subList(0, Math.min(invited.size(), b == 0 ? 10 : 8));
                    for (var person : invited) {
                        row(
                                out("meeting_attendee"),
                                id,
                                person.id(),
                                past
                                        ? List.of("PRESENT", "EXCUSED", "ABSENT")
                                                .get(m.weighted(new double[] {8, 2, 1}))
                                        : null);
                        attendees++;
                    }
                    if (past) {
                        held.add(new Held(id, title, day, b));
                    }
                    meetings++;
                }
            }
        }

        // --- decisions, most of them taken at a meeting of the body
        int decisionCount = share(DECISIONS, network.rank);
        for (int d = 0; d < decisionCount; d++) {
            UUID id = m.uuid();
            Held meeting = held.isEmpty() || m.chance(0.15) ? null : m.pick(held);
            int body = meeting == null ? m.random.nextInt(bodies.size()) : meeting.body();
            LocalDate day = meeting == null ? dayInPeriod() : meeting.day();
            String theme = theme();
            row(
                    out("governance_decision"),
                    id,
                    network.id,
                    bodies.get(body),
                    m.pick(DECISION_PHRASES) + " " + theme,
                    "De " + bodyNames.get(body).toLowerCase(java.util.Locale.ROOT)
                            + " besliste na overleg met de partners over " + theme + " in " + network.place() + ".",
                    day,
                    meeting == null ? null : meeting.id(),
                    meeting == null ? null : meeting.title(),
                    meeting == null ? null : meeting.day(),
                    coordinator.id(),
                    at(day, 17));
            if (!goals.isEmpty() && m.chance(0.2)) {
                row(out("governance_decision_goal"), id, m.pick(goals));
            }
            if (!actionIds.isEmpty() && m.chance(0.3)) {
                row(out("governance_decision_action"), id, m.pick(actionIds));
            }
            decisions++;
        }

        // --- feed: partners and their offers created and updated
        int feedCount = share(FEED, network.rank);
        long span = 365L * ReferralData.YEARS * 86_400;
        for (int f = 0; f < feedCount; f++) {
            Partner partner = m.pick(partners);
            boolean offer = !partner.offers().isEmpty() && m.chance(0.7);
            boolean created = m.chance(0.12);
            List<String> changes = new ArrayList<>();
            if (!created) {
                List<String> fields = offer ? OFFER_FIELDS : PARTNER_FIELDS;
                int n = m.between(1, 3);
                for (int i = 0; i < n; i++) {
                    String field = m.pick(fields);
                    if (!changes.contains(field)) {
                        changes.add(field);
                    }
                }
            }
            UUID subject = offer ? m.pick(partner.offers()) : partner.id();
            row(
                    out("feed_entry"),
                    m.uuid(),
                    network.id,
                    now.minusSeconds((long) (m.random.nextDouble() * span)),
                    partner.staff().isEmpty()
                            ? "Coördinator"
                            : m.pick(partner.staff()).name(),
                    offer ? "OFFER" : "PARTNER",
                    subject,
                    offer ? "Aanbod van " + partner.name() : partner.name(),
                    created ? "CREATED" : "UPDATED",
                    FlandersData.array(changes));
            feed++;
        }
    }
}
