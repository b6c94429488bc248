package org.stiel.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stiel.planning.Progress.Part;

/** The roll-up of a goal's progress, against figures worked out by hand. */
class ProgressTests {

    private static Part open(int progress) {
        return new Part(ActionStatus.OPEN, progress);
    }

    private static Part underWay(int progress) {
        return new Part(ActionStatus.IN_PROGRESS, progress);
    }

    @Test
    void aGoalWithoutActionsIsAtZeroNotNaN() {
        assertThat(Progress.rollUp(List.of())).isZero();
    }

    @Test
    void aGoalWithOnlyCancelledActionsIsAtZero() {
        assertThat(Progress.rollUp(List.of(new Part(ActionStatus.CANCELLED, 80))))
                .isZero();
    }

    @Test
    void theMeanOfTheActions() {
        // (0 + 50 + 100) / 3 = 50
        assertThat(Progress.rollUp(List.of(open(0), underWay(50), underWay(100))))
                .isEqualTo(50);
        // (20 + 30 + 40 + 50) / 4 = 35
        assertThat(Progress.rollUp(List.of(underWay(20), underWay(30), underWay(40), underWay(50))))
                .isEqualTo(35);
    }

    @Test
    void aDoneActionCountsAHundredWhateverItsProgressSays() {
        // (100 + 20) / 2 = 60, not (0 + 20) / 2 = 10
        assertThat(Progress.rollUp(List.of(new Part(ActionStatus.DONE, 0), underWay(20))))
                .isEqualTo(60);
    }

    @Test
    void aCancelledActionIsLeftOut() {
        // (100 + 20) / 2 = 60: the cancelled 10 neither counts as 10 nor as 0
        assertThat(Progress.rollUp(
                        List.of(new Part(ActionStatus.DONE, 100), new Part(ActionStatus.CANCELLED, 10), open(20))))
                .isEqualTo(60);
    }

    @Test
    void roundsHalfUpToAWholePercent() {
        // (33 + 34) / 2 = 33.5 → 34
        assertThat(Progress.rollUp(List.of(underWay(33), underWay(34)))).isEqualTo(34);
        // (10 + 10 + 11) / 3 = 10.33 → 10
        assertThat(Progress.rollUp(List.of(underWay(10), underWay(10), underWay(11))))
                .isEqualTo(10);
        // (2 + 0 + 0) / 3 = 0.67 → 1
        assertThat(Progress.rollUp(List.of(underWay(2), open(0), open(0)))).isEqualTo(1);
        // (1 + 0 + 0) / 3 = 0.33 → 0
        assertThat(Progress.rollUp(List.of(underWay(1), open(0), open(0)))).isZero();
    }

    @Test
    void theScheldeveldDemoGoals() {
        // "one door": done, 50, 30 → 180 / 3 = 60
        assertThat(Progress.rollUp(List.of(new Part(ActionStatus.DONE, 100), underWay(50), underWay(30))))
                .isEqualTo(60);
        // "poverty together": 20 and a cancelled one → 20
        assertThat(Progress.rollUp(List.of(underWay(20), new Part(ActionStatus.CANCELLED, 0))))
                .isEqualTo(20);
    }
}
