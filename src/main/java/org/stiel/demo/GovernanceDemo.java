package org.stiel.demo;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.stiel.governance.AgreementForm;
import org.stiel.governance.Agreements;
import org.stiel.governance.Bodies;
import org.stiel.governance.BodyForm;
import org.stiel.governance.BodyId;
import org.stiel.governance.BodyKind;
import org.stiel.governance.DecisionForm;
import org.stiel.governance.Decisions;
import org.stiel.governance.MemberForm;
import org.stiel.network.NetworkId;
import org.stiel.planning.ActionView;
import org.stiel.planning.Actions;
import org.stiel.planning.GoalView;
import org.stiel.planning.Goals;
import org.stiel.platform.StielTime;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scheldeveld's steering group (one partner left it) and two working groups, a decision log linked to the plan, and
 * cooperation agreements in every state (active, ending within the reminder window, expired, unsigned); Polderrand's
 * steering group. Goals and actions are found by title, so the plan's demo must run first.
 */
@Component
@Order(50)
class GovernanceDemo implements DemoStep {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Bodies bodies;
    private final Decisions decisions;
    private final Agreements agreements;
    private final Goals goals;
    private final Actions actions;
    private final Validator validator;
    private final Clock clock;

    GovernanceDemo(
            Bodies bodies,
            Decisions decisions,
            Agreements agreements,
            Goals goals,
            Actions actions,
            Validator validator,
            Clock clock) {
        this.bodies = bodies;
        this.decisions = decisions;
        this.agreements = agreements;
        this.goals = goals;
        this.actions = actions;
        this.validator = validator;
        this.clock = clock;
    }

    record File(String comment, List<DemoNetwork> networks) {}

    record DemoNetwork(
            String network, List<DemoBody> bodies, List<DemoDecision> decisions, List<DemoAgreement> agreements) {}

    record DemoBody(String name, BodyKind kind, String mandate, String chair, List<DemoMember> members) {}

    record DemoMember(String partner, String person, int joinedDaysAgo, Integer leftDaysAgo) {}

    record DemoDecision(
            String title, String rationale, int daysAgo, String body, List<String> goals, List<String> actions) {}

    record DemoAgreement(
            String partner,
            int startsDaysAgo,
            int endsInDays,
            Integer signedDaysAgo,
            String partnerCommits,
            String networkOffers) {}

    @Override
    public void load(Loaded demo) {
        LocalDate today = StielTime.today(clock);
        for (DemoNetwork n : read().networks()) {
            NetworkId network = demo.network(n.network());
            Map<String, BodyId> bodyIds = new HashMap<>();
            for (DemoBody b : n.bodies()) {
                var form = new BodyForm(
                        b.name(),
                        b.kind(),
                        b.mandate(),
                        b.chair() == null ? null : demo.account(b.chair()).value());
                check(form, b.name());
                var id = bodies.create(DemoLoader.system(network), form);
                bodyIds.put(b.name(), id);
                for (DemoMember m : b.members()) {
                    var member = new MemberForm(
                            demo.partner(m.partner()).value(),
                            m.person() == null ? null : demo.account(m.person()).value(),
                            today.minusDays(m.joinedDaysAgo()));
                    check(member, m.partner());
                    bodies.addMember(DemoLoader.system(network), id, member);
                    if (m.leftDaysAgo() != null) {
                        bodies.removeMember(
                                DemoLoader.system(network),
                                id,
                                demo.partner(m.partner()),
                                today.minusDays(m.leftDaysAgo()));
                    }
                }
            }
            var goalsByTitle = byTitle(goals.list(network), GoalView::title, g -> g.id().value());
            var actionsByTitle = byTitle(actions.list(network), ActionView::title, a -> a.id().value());
            for (DemoDecision d : n.decisions()) {
                var form = new DecisionForm(
                        d.title(),
                        d.rationale(),
                        today.minusDays(d.daysAgo()),
                        d.body() == null ? null : required(bodyIds, d.body()).value(),
                        titles(d.goals(), goalsByTitle),
                        titles(d.actions(), actionsByTitle));
                check(form, d.title());
                decisions.record(DemoLoader.system(network), form, null);
            }
            for (DemoAgreement a : n.agreements()) {
                var form = new AgreementForm(
                        demo.partner(a.partner()).value(),
                        a.partnerCommits(),
                        a.networkOffers(),
                        today.minusDays(a.startsDaysAgo()),
                        today.plusDays(a.endsInDays()),
                        a.signedDaysAgo() == null ? null : today.minusDays(a.signedDaysAgo()));
                check(form, a.partner());
                agreements.create(DemoLoader.system(network), form);
            }
        }
    }

    private static <T> Map<String, UUID> byTitle(
            List<T> items, java.util.function.Function<T, String> title, java.util.function.Function<T, UUID> id) {
        Map<String, UUID> map = new HashMap<>();
        items.forEach(i -> map.putIfAbsent(title.apply(i), id.apply(i)));
        return map;
    }

    private static List<UUID> titles(List<String> titles, Map<String, UUID> byTitle) {
        List<UUID> ids = new ArrayList<>();
        if (titles != null) {
            titles.forEach(t -> ids.add(required(byTitle, t)));
        }
        return ids;
    }

    private static <T> T required(Map<String, T> map, String key) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("Governance demo refers to unknown " + key);
        }
        return value;
    }

    private void check(Object form, String what) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Invalid demo data for " + what + ": " + violations);
        }
    }

    private static File read() {
        try (InputStream in = new ClassPathResource("demo/governance.json").getInputStream()) {
            return JSON.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/governance.json", e);
        }
    }
}
