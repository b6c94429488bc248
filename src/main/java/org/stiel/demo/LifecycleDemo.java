package org.stiel.demo;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.stiel.lifecycle.AnswerForm;
import org.stiel.lifecycle.AnswerStatus;
import org.stiel.lifecycle.QuestionView;
import org.stiel.lifecycle.Questions;
import org.stiel.lifecycle.RoundForm;
import org.stiel.lifecycle.Rounds;
import org.stiel.network.NetworkId;
import org.stiel.planning.ActionForm;
import org.stiel.planning.ActionId;
import org.stiel.planning.ActionSource;
import org.stiel.planning.ActionStatus;
import org.stiel.planning.Actions;
import org.stiel.platform.StielTime;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two closed assessment rounds and one open one in Scheldeveld, answered by several demo members, so that the
 * results, the comparison and the timeline show something; and a few actions, some made from a question.
 */
@Component
@Order(30)
class LifecycleDemo implements DemoStep {

    /** The type the lifecycle pages use for actions made from a question; the ref is the question's id. */
    private static final String QUESTION_SOURCE = "lifecycle-question";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Rounds rounds;
    private final Questions questions;
    private final Actions actions;
    private final Validator validator;
    private final Clock clock;

    LifecycleDemo(Rounds rounds, Questions questions, Actions actions, Validator validator, Clock clock) {
        this.rounds = rounds;
        this.questions = questions;
        this.actions = actions;
        this.validator = validator;
        this.clock = clock;
    }

    record File(String comment, String network, List<DemoRound> rounds, List<DemoAction> actions) {}

    record DemoRound(
            String title,
            int openedDaysAgo,
            int days,
            boolean closed,
            Map<String, String> answers,
            List<String> submitted) {}

    record DemoAction(String title, String description, String owner, int dueInDays, String question, boolean done) {}

    @Override
    public void load(Loaded demo) {
        File file = read();
        NetworkId network = demo.network(file.network());
        LocalDate today = StielTime.today(clock);
        for (DemoRound r : file.rounds()) {
            LocalDate opened = today.minusDays(r.openedDaysAgo());
            var form = new RoundForm(r.title(), opened.plusDays(r.days()));
            check(form, r.title());
            var id = rounds.open(DemoLoader.system(network), form, opened, false);
            var asked = rounds.questions(network, id);
            for (var entry : r.answers().entrySet()) {
                String letters = entry.getValue();
                if (letters.length() > asked.size()) {
                    throw new IllegalStateException("Demo round " + r.title() + " has more answers than questions");
                }
                List<AnswerForm> answers = new ArrayList<>();
                for (int i = 0; i < letters.length(); i++) {
                    var answer = new AnswerForm(asked.get(i).id().value(), status(letters.charAt(i)), null, null);
                    check(answer, r.title());
                    answers.add(answer);
                }
                rounds.save(
                        DemoLoader.system(network),
                        id,
                        demo.account(entry.getKey()),
                        answers,
                        r.submitted().contains(entry.getKey()));
            }
            if (r.closed()) {
                rounds.close(
                        DemoLoader.system(network),
                        id,
                        form.closesOn().plusDays(1).atStartOfDay(StielTime.ZONE).toInstant());
            }
        }
        var byKey = questions.questions(network).stream()
                .filter(q -> q.key().isPresent())
                .collect(java.util.stream.Collectors.toMap(q -> q.key().orElseThrow(), QuestionView::id));
        for (DemoAction a : file.actions()) {
            var form =
                    new ActionForm(a.title(), a.description(), owner(demo, a.owner()), today.plusDays(a.dueInDays()));
            check(form, a.title());
            ActionSource source = null;
            if (a.question() != null) {
                var question = byKey.get(a.question());
                if (question == null) {
                    throw new IllegalStateException("Demo action refers to unknown question " + a.question());
                }
                source = new ActionSource(QUESTION_SOURCE, question.toString());
            }
            ActionId id = actions.create(DemoLoader.system(network), form, source);
            if (a.done()) {
                actions.changeStatus(DemoLoader.system(network), id, ActionStatus.DONE);
            }
        }
    }

    private static String owner(Loaded demo, String owner) {
        if (owner == null) {
            return "";
        }
        if (owner.startsWith("partner:")) {
            return ActionForm.partnerOwner(demo.partner(owner.substring(8)).value());
        }
        if (owner.startsWith("member:")) {
            return ActionForm.memberOwner(demo.account(owner.substring(7)).value());
        }
        throw new IllegalStateException("Demo action owner must start with partner: or member:");
    }

    private static AnswerStatus status(char letter) {
        return switch (letter) {
            case 'P' -> AnswerStatus.IN_PLACE;
            case 'U' -> AnswerStatus.UNDER_WAY;
            case 'N' -> AnswerStatus.NOT_STARTED;
            case 'X' -> AnswerStatus.NOT_APPLICABLE;
            default -> throw new IllegalStateException("Unknown demo answer letter " + letter);
        };
    }

    private void check(Object form, String what) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Invalid demo data for " + what + ": " + violations);
        }
    }

    private static File read() {
        try (InputStream in = new ClassPathResource("demo/lifecycle.json").getInputStream()) {
            return JSON.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/lifecycle.json", e);
        }
    }
}
