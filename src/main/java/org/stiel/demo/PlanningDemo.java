package org.stiel.demo;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;
import org.stiel.planning.ActionForm;
import org.stiel.planning.ActionStatus;
import org.stiel.planning.Actions;
import org.stiel.planning.ChallengeForm;
import org.stiel.planning.ChallengeId;
import org.stiel.planning.ChallengeSource;
import org.stiel.planning.ChallengeStatus;
import org.stiel.planning.Challenges;
import org.stiel.planning.ContributorKind;
import org.stiel.planning.GoalForm;
import org.stiel.planning.GoalId;
import org.stiel.planning.Goals;
import org.stiel.platform.StielTime;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan of the demo networks: challenges (some voted on), goals (some published) and actions with contributors,
 * quick wins and one overdue, so that the tree, the board, the lists and the public page show something.
 */
@Component
@Order(40)
class PlanningDemo implements DemoStep {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Challenges challenges;
    private final Goals goals;
    private final Actions actions;
    private final Validator validator;
    private final Clock clock;

    PlanningDemo(Challenges challenges, Goals goals, Actions actions, Validator validator, Clock clock) {
        this.challenges = challenges;
        this.goals = goals;
        this.actions = actions;
        this.validator = validator;
        this.clock = clock;
    }

    record File(String comment, List<DemoPlan> networks) {}

    record DemoPlan(String network, List<DemoChallenge> challenges, List<DemoGoal> goals, List<DemoAction> actions) {}

    record DemoChallenge(
            String key,
            String title,
            String description,
            ChallengeSource source,
            String proposedBy,
            List<String> votes,
            ChallengeStatus status,
            Integer priority) {}

    record DemoGoal(
            String key,
            String title,
            String why,
            String measure,
            int targetInDays,
            String challenge,
            boolean published,
            List<DemoServed> partners) {}

    record DemoServed(String partner, String ownGoal) {}

    record DemoAction(
            String title,
            String description,
            String goal,
            String partner,
            String person,
            Integer startInDays,
            Integer dueInDays,
            boolean quickWin,
            ActionStatus status,
            Integer progress,
            List<DemoContributor> contributors) {}

    record DemoContributor(String partner, ContributorKind kind, BigDecimal amount, String description) {}

    @Override
    public void load(Loaded demo) {
        LocalDate today = StielTime.today(clock);
        for (DemoPlan plan : read().networks()) {
            NetworkId network = demo.network(plan.network());
            Map<String, ChallengeId> challengeIds = new HashMap<>();
            for (DemoChallenge c : plan.challenges()) {
                var form = new ChallengeForm(c.title(), c.description(), c.source());
                check(form, c.title());
                var id = challenges.propose(DemoLoader.system(network), form, demo.account(c.proposedBy()));
                for (String partner : c.votes()) {
                    challenges.vote(DemoLoader.system(network), id, demo.partner(partner), true);
                }
                if (c.status() != ChallengeStatus.PROPOSED || c.priority() != null) {
                    challenges.decide(DemoLoader.system(network), id, c.status(), c.priority());
                }
                challengeIds.put(c.key(), id);
            }
            Map<String, GoalId> goalIds = new HashMap<>();
            for (DemoGoal g : plan.goals()) {
                var form = new GoalForm(g.title(), g.why(), g.measure(), today.plusDays(g.targetInDays()));
                form.setPublished(g.published());
                if (g.challenge() != null) {
                    form.setChallengeId(required(challengeIds, g.challenge()).value());
                }
                for (DemoServed s : g.partners()) {
                    form.getPartners()
                            .add(new GoalForm.ServedGoal(
                                    demo.partner(s.partner()).value(), s.ownGoal()));
                }
                check(form, g.title());
                goalIds.put(g.key(), goals.create(DemoLoader.system(network), form));
            }
            for (DemoAction a : plan.actions()) {
                var form = new ActionForm(
                        a.title(), a.description(), "", a.dueInDays() == null ? null : today.plusDays(a.dueInDays()));
                form.setStartOn(a.startInDays() == null ? null : today.plusDays(a.startInDays()));
                form.setGoalId(
                        a.goal() == null ? null : required(goalIds, a.goal()).value());
                form.setResponsiblePartner(
                        a.partner() == null ? null : demo.partner(a.partner()).value());
                form.setResponsiblePerson(
                        a.person() == null ? null : demo.account(a.person()).value());
                form.setQuickWin(a.quickWin());
                form.setStatus(a.status());
                form.setProgress(a.progress());
                if (a.contributors() != null) {
                    for (DemoContributor c : a.contributors()) {
                        form.getContributors()
                                .add(new ActionForm.ContributorForm(
                                        demo.partner(c.partner()).value(), c.kind(), c.amount(), c.description()));
                    }
                }
                check(form, a.title());
                actions.create(DemoLoader.system(network), form, null);
            }
        }
    }

    private static <T> T required(Map<String, T> map, String key) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("Demo plan refers to unknown " + key);
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
        try (InputStream in = new ClassPathResource("demo/planning.json").getInputStream()) {
            return JSON.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/planning.json", e);
        }
    }
}
