package org.stiel.lifecycle.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The thermometer's median and bands, who cooled down, and the means behind trust, value and factor scores. */
class ThermometerAndScoresTests {

    @Test
    void medianOfAnOddAndAnEvenNumberOfTemperatures() {
        assertThat(Thermometer.of(List.of(12, -3, 7)).median()).isEqualTo(7.0);
        assertThat(Thermometer.of(List.of(12, -3, 7, 20)).median()).isEqualTo(9.5);
        assertThat(Thermometer.of(List.of()).median()).isNull();
        var two = Thermometer.of(List.of(3, 17));
        assertThat(two.count()).isEqualTo(2);
        assertThat(two.shown()).isFalse();
        assertThat(two.median()).isNull();
        assertThat(two.low()).isNull();
        assertThat(two.high()).isNull();
        assertThat(two.bands()).extracting(Thermometer.Band::count).containsOnly(0);
    }

    @Test
    void bandsCountBothEnds() {
        var t = Thermometer.of(List.of(-5, -1, 0, 4, 5, 9, 10, 14, 15, 20, 20));
        assertThat(t.bands()).extracting(Thermometer.Band::count).containsExactly(2, 2, 2, 2, 3);
        assertThat(t.maxBand()).isEqualTo(3);
    }

    @Test
    void cooledDownAreThoseColderThanLastTimeBiggestDropFirst() {
        UUID a = new UUID(0, 1), b = new UUID(0, 2), c = new UUID(0, 3), d = new UUID(0, 4);
        var cooled = Thermometer.cooled(
                Map.of(a, 15, b, 10, c, 5),
                Map.of(a, 8, b, 9, c, 12, d, -5),
                Map.of(a, "Alfa", b, "Bravo", c, "Charlie", d, "Delta"));
        // c warmed up, d has no earlier temperature
        assertThat(cooled).extracting(Thermometer.Cooled::name).containsExactly("Alfa", "Bravo");
        assertThat(cooled.getFirst().drop()).isEqualTo(7);
    }

    @Test
    void itemMeansSkipWhatWasLeftOut() {
        assertThat(Scores.itemMean(4, null, 3).getAsDouble()).isCloseTo(3.5, within(1e-9));
        assertThat(Scores.itemMean(null, null, null)).isEmpty();
    }

    @Test
    void anAggregateShowsFromThreeAnswersOn() {
        assertThat(Scores.Aggregate.of(List.of(4.0, 2.0)).shown()).isFalse();
        var three = Scores.Aggregate.of(List.of(4.0, 2.0, 3.0));
        assertThat(three.shown()).isTrue();
        assertThat(three.mean()).isCloseTo(3.0, within(1e-9));
    }
}
