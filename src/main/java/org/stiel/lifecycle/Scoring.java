package org.stiel.lifecycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The arithmetic of the results, apart from the database so that it can be checked by hand. */
final class Scoring {

    private Scoring() {}

    /** One answer of a handed-in answer set. */
    record Vote(UUID questionId, AnswerStatus status) {}

    static RoundResult score(RoundView round, Completion completion, List<QuestionView> questions, List<Vote> votes) {
        Map<UUID, Tally> byQuestion = new HashMap<>();
        for (Vote vote : votes) {
            byQuestion.merge(vote.questionId(), Tally.of(vote.status(), 1), Tally::plus);
        }
        return score(round, completion, questions, byQuestion);
    }

    /**
     * The results from the number of answers per question and status, as {@link ResultQueries#tallies} counts them:
     * every figure, the disagreement too, follows from those counts.
     */
    static RoundResult score(
            RoundView round, Completion completion, List<QuestionView> questions, Map<UUID, Tally> byQuestion) {
        List<RoundResult.QuestionScore> scores = questions.stream()
                .map(q -> {
                    Tally tally = byQuestion.getOrDefault(q.id().value(), Tally.EMPTY);
                    return new RoundResult.QuestionScore(q, tally, disagreement(tally));
                })
                .toList();
        List<RoundResult.PhaseScore> phases = new ArrayList<>();
        Tally overall = Tally.EMPTY;
        for (Phase phase : Phase.values()) {
            var inPhase =
                    scores.stream().filter(s -> s.question().phase() == phase).toList();
            var themes = Theme.of(phase).stream()
                    .map(theme -> {
                        var inTheme = inPhase.stream()
                                .filter(s -> s.question().theme() == theme)
                                .toList();
                        return new RoundResult.ThemeScore(theme, sum(inTheme), meanDisagreement(inTheme));
                    })
                    .toList();
            Tally tally = sum(inPhase);
            overall = overall.plus(tally);
            phases.add(new RoundResult.PhaseScore(phase, tally, meanDisagreement(inPhase), themes, inPhase));
        }
        return new RoundResult(round, completion, overall, List.copyOf(phases), openQuestions(scores));
    }

    /** The population standard deviation of the applicable answers on the 0–2 scale; null below two answers. */
    static Double disagreement(List<AnswerStatus> answers) {
        Tally tally = Tally.EMPTY;
        for (AnswerStatus status : answers) {
            tally = tally.plus(status);
        }
        return disagreement(tally);
    }

    /** The same from the counts: with n answers scoring 0, 1 or 2, variance = Σs²/n − (Σs/n)². */
    static Double disagreement(Tally tally) {
        int n = tally.applicable();
        if (n < 2) {
            return null;
        }
        double sum =
                tally.underWay() * AnswerStatus.UNDER_WAY.score() + tally.inPlace() * AnswerStatus.IN_PLACE.score();
        double squares = tally.underWay() * square(AnswerStatus.UNDER_WAY.score())
                + tally.inPlace() * square(AnswerStatus.IN_PLACE.score());
        double mean = sum / n;
        // never below zero: rounding could make an exact zero a tiny negative
        return Math.sqrt(Math.max(0, squares / n - mean * mean));
    }

    private static int square(int v) {
        return v * v;
    }

    /**
     * The questions with at least one "not started", by the share of "not started" among applicable answers, then by
     * how many said so, then in circle order.
     */
    static List<RoundResult.QuestionScore> openQuestions(List<RoundResult.QuestionScore> scores) {
        List<RoundResult.QuestionScore> open = new ArrayList<>();
        for (var s : scores) {
            if (s.tally().notStarted() > 0) {
                open.add(s);
            }
        }
        // stable sort: equal questions keep their circle order
        open.sort(Comparator.comparingDouble((RoundResult.QuestionScore s) ->
                        -(double) s.tally().notStarted() / s.tally().applicable())
                .thenComparingInt(s -> -s.tally().notStarted()));
        return List.copyOf(open.subList(0, Math.min(10, open.size())));
    }

    private static Tally sum(List<RoundResult.QuestionScore> scores) {
        return scores.stream().map(RoundResult.QuestionScore::tally).reduce(Tally.EMPTY, Tally::plus);
    }

    private static Double meanDisagreement(List<RoundResult.QuestionScore> scores) {
        var values = scores.stream()
                .map(RoundResult.QuestionScore::disagreement)
                .filter(d -> d != null)
                .mapToDouble(Double::doubleValue)
                .toArray();
        if (values.length == 0) {
            return null;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
