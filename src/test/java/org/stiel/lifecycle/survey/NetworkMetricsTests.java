package org.stiel.lifecycle.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The network figures on a small fixed graph, computed by hand.
 *
 * <pre>
 * partners A B C D E F
 * A handed in: B intensively (3), C occasionally (1)
 * B handed in: A intensively (3)
 * C handed in: nobody
 * E handed in: D regularly (2)
 * D and F did not hand in.
 *
 * links: A–B (3+3)/2 = 3, reciprocated; A–C (1+0)/2 = 0.5; D–E 2/1 = 2 (only E answered). B–C (0+0) is no link.
 * n = 6, L = 3: density = 3 / 15 = 0.2
 * degrees: A 2, B 1, C 1, D 1, E 1, F 0; centrality A = 2/5 = 0.4
 * centralisation = ((2-2)+(2-1)·4+(2-0)) / (5·4) = 6/20 = 0.3; isolate: F
 * </pre>
 */
class NetworkMetricsTests {

    static final UUID A = id(1), B = id(2), C = id(3), D = id(4), E = id(5), F = id(6);

    static UUID id(int n) {
        return new UUID(0, n);
    }

    final NetworkMetrics metrics = NetworkMetrics.of(
            List.of(A, B, C, D, E, F), Map.of(A, Map.of(B, 3, C, 1), B, Map.of(A, 3), C, Map.of(), E, Map.of(D, 2)));

    @Test
    void combinesTwoReportsIntoOneLinkByTheirMean() {
        assertThat(metrics.links())
                .containsExactly(
                        new NetworkMetrics.Link(A, B, 3.0, true),
                        new NetworkMetrics.Link(A, C, 0.5, false),
                        new NetworkMetrics.Link(D, E, 2.0, false));
    }

    @Test
    void densityDegreeCentralityCentralisationAndIsolates() {
        assertThat(metrics.density()).isCloseTo(0.2, within(1e-9));
        assertThat(metrics.degree(A).degree()).isEqualTo(2);
        assertThat(metrics.degree(A).centrality()).isCloseTo(0.4, within(1e-9));
        assertThat(metrics.degree(A).strength()).isCloseTo(3.5, within(1e-9));
        assertThat(metrics.degree(B).degree()).isEqualTo(1);
        assertThat(metrics.degree(F).degree()).isZero();
        assertThat(metrics.centralisation()).isCloseTo(0.3, within(1e-9));
        assertThat(metrics.isolates()).containsExactly(F);
    }

    @Test
    void aStarIsFullyCentralisedAndAFullGraphNotAtAll() {
        var star = NetworkMetrics.of(List.of(A, B, C, D), Map.of(A, Map.of(B, 1, C, 1, D, 1)));
        assertThat(star.centralisation()).isCloseTo(1.0, within(1e-9));
        assertThat(star.density()).isCloseTo(0.5, within(1e-9));
        var full = NetworkMetrics.of(List.of(A, B, C), Map.of(A, Map.of(B, 2, C, 2), B, Map.of(C, 2)));
        assertThat(full.centralisation()).isZero();
        assertThat(full.density()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void noAnswersNoLinksEveryoneIsolated() {
        var empty = NetworkMetrics.of(List.of(A, B, C), Map.of());
        assertThat(empty.links()).isEmpty();
        assertThat(empty.isolates()).containsExactly(A, B, C);
        assertThat(empty.density()).isZero();
    }
}
