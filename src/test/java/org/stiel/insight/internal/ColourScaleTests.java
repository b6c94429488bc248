package org.stiel.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The classes of the gap pictures: bounds, colours by direction, legends, contrast. */
class ColourScaleTests {

    @Test
    void aValueAtAThresholdBelongsToTheClassAbove() {
        var scale = ColourScale.supply(2, 5, 10);
        assertThat(List.of(0.0, 1.99, 2.0, 4.9, 5.0, 10.0, 250.0).stream().map(scale::classOf))
                .containsExactly(0, 0, 1, 1, 2, 3, 3);
    }

    @Test
    void fewerThresholdsGiveFewerColoursWithRedStillTheWorst() {
        var two = ColourScale.supply(5);
        assertThat(two.colour(1.0)).isEqualTo("#ca0020");
        assertThat(two.colour(9.0)).isEqualTo("#0571b0");
        var three = ColourScale.need(1, 3);
        assertThat(three.colour(0.0)).isEqualTo("#0571b0");
        assertThat(three.colour(7.0)).isEqualTo("#ca0020");
        assertThat(three.legend(Locale.ENGLISH)).containsExactly("< 1", "1–3", "≥ 3");
        assertThat(three.colour(null)).isEqualTo(ColourScale.NONE);
    }

    @Test
    void thresholdsMustAscendAndBeOneToThree() {
        assertThatThrownBy(() -> ColourScale.supply(5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColourScale.supply()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColourScale.supply(1, 2, 3, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textOnEveryColourOfTheScaleHasEnoughContrast() {
        for (String fill : List.of("#ca0020", "#f4a582", "#92c5de", "#0571b0", ColourScale.NONE)) {
            assertThat(ColourScale.contrast(fill, ColourScale.textOn(fill)))
                    .as(fill)
                    .isGreaterThanOrEqualTo(4.5);
        }
        assertThat(ColourScale.contrast("#000000", "#ffffff"))
                .isCloseTo(21.0, org.assertj.core.api.Assertions.within(0.01));
    }
}
