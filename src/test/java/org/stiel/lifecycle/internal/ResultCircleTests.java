package org.stiel.lifecycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.stiel.lifecycle.Completion;
import org.stiel.lifecycle.Phase;
import org.stiel.lifecycle.RoundId;
import org.stiel.lifecycle.RoundResult;
import org.stiel.lifecycle.RoundView;
import org.stiel.lifecycle.Tally;

/** The circle's segments follow the figures, and it says them to those who cannot see it. */
class ResultCircleTests {

    private final ResultCircle circle = new ResultCircle(messages());

    @Test
    void eachPhaseIsFilledOutwardsAsFarAsItsShareInPlace() {
        // start-up 3 of 4 in place, exploration 0 of 2, design none, execution 1 of 1, evaluation 1 of 4
        String svg = circle.render(
                result(
                        new Tally(1, 0, 3, 0),
                        new Tally(2, 0, 0, 0),
                        Tally.EMPTY,
                        new Tally(0, 0, 1, 0),
                        new Tally(2, 1, 1, 0)),
                "c",
                Locale.forLanguageTag("nl"));

        assertThat(fill(svg, Phase.STARTUP)).isEqualTo(ResultCircle.fillRadius(0.75));
        assertThat(fill(svg, Phase.EXECUTION)).isEqualTo(ResultCircle.OUTER);
        assertThat(fill(svg, Phase.EVALUATION)).isEqualTo(ResultCircle.fillRadius(0.25));
        // nothing in place and no answers at all both leave the track empty
        assertThat(svg).doesNotContain("data-phase=\"EXPLORATION\"").doesNotContain("data-phase=\"DESIGN\"");
        assertThat(Pattern.compile("class=\"lifecycle-track\"")
                        .matcher(svg)
                        .results()
                        .count())
                .isEqualTo(5);
        assertThat(svg).contains("data-progress=\"0.7500\"");
        assertThat(svg)
                .contains(">1 · 75%<")
                .contains(">2 · 0%<")
                .contains(">3 · –<")
                .contains(">5 · 25%<");
        // the middle: 5 of 11 in place overall
        assertThat(svg).contains(">45%<");
    }

    @Test
    void theImageHasATitleAndADescriptionWithTheFigures() {
        String svg = circle.render(
                result(new Tally(1, 0, 3, 0), Tally.EMPTY, Tally.EMPTY, Tally.EMPTY, Tally.EMPTY),
                "c",
                Locale.forLanguageTag("nl"));
        assertThat(svg)
                .startsWith("<svg")
                .contains("role=\"img\"")
                .contains("aria-labelledby=\"c-title c-desc\"")
                .contains("<title id=\"c-title\">Levensloopcirkel van de ronde Voorjaar &amp; zomer</title>")
                .contains("<desc id=\"c-desc\">Opstart: 75%; Verkenning: nog geen antwoorden;");
    }

    @Test
    void theSegmentsRunClockwiseFromTheTopInCircleOrder() {
        String svg = circle.render(
                result(
                        new Tally(0, 0, 1, 0),
                        new Tally(0, 0, 1, 0),
                        new Tally(0, 0, 1, 0),
                        new Tally(0, 0, 1, 0),
                        new Tally(0, 0, 1, 0)),
                "c",
                Locale.ENGLISH);
        // the first segment starts just right of the top centre, the last ends just left of it
        var start = Pattern.compile("data-phase=\"STARTUP\"[^>]*d=\"M([0-9.]+) ([0-9.]+)")
                .matcher(svg);
        assertThat(start.find()).isTrue();
        assertThat(Double.parseDouble(start.group(1))).isGreaterThan(ResultCircle.CENTRE);
        assertThat(Double.parseDouble(start.group(2))).isLessThan(ResultCircle.CENTRE - ResultCircle.OUTER + 1);
        var order = Pattern.compile("data-phase=\"([A-Z]+)\"")
                .matcher(svg)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(order).containsExactly("STARTUP", "EXPLORATION", "DESIGN", "EXECUTION", "EVALUATION");
    }

    /** The outer radius of a phase's filled segment, read from its path's first arc. */
    private static double fill(String svg, Phase phase) {
        var m = Pattern.compile("data-phase=\"" + phase + "\"[^>]*d=\"M[0-9.]+ [0-9.]+ A([0-9.]+) ")
                .matcher(svg);
        assertThat(m.find()).as("fill of " + phase).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static RoundResult result(Tally... tallies) {
        List<RoundResult.PhaseScore> phases = new ArrayList<>();
        Tally overall = Tally.EMPTY;
        for (Phase p : Phase.values()) {
            phases.add(new RoundResult.PhaseScore(p, tallies[p.ordinal()], null, List.of(), List.of()));
            overall = overall.plus(tallies[p.ordinal()]);
        }
        var round = new RoundView(
                new RoundId(UUID.randomUUID()),
                "Voorjaar & zomer",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31),
                null,
                0);
        return new RoundResult(round, new Completion(1, 1, 1), overall, phases, List.of());
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/lifecycle", "i18n/lifecycle-questions");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
