package org.stiel.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.stiel.referrals.IllegalTransitionException;
import org.stiel.referrals.ReferralAction;
import org.stiel.referrals.ReferralSide;
import org.stiel.referrals.ReferralStatus;

class ReferralStateMachineTests {

    record Move(ReferralAction action, ReferralSide side) {}

    /** The legal status paths of the issue, written out independently of the table. */
    private static final Set<String> LEGAL_EDGES = Set.of(
            "DRAFT>SENT",
            "SENT>OPENED",
            "OPENED>ACCEPTED",
            "OPENED>DECLINED",
            "ACCEPTED>IN_CONTACT",
            "IN_CONTACT>CLOSED",
            "DRAFT>CANCELLED",
            "SENT>CANCELLED",
            "OPENED>CANCELLED",
            "DRAFT>WITHDRAWN",
            "SENT>WITHDRAWN",
            "OPENED>WITHDRAWN",
            "ACCEPTED>WITHDRAWN",
            "IN_CONTACT>WITHDRAWN");

    private static final Gen<ReferralStatus> STATUSES = Generate.enumValues(ReferralStatus.class);
    private static final Gen<ReferralAction> ACTIONS = Generate.enumValues(ReferralAction.class);
    private static final Gen<Move> MOVES = ACTIONS.zip(Generate.enumValues(ReferralSide.class), Move::new);

    // property tests with QuickTheories, not jqwik: see docs/adr/0010
    @Test
    void noSequenceOfActionsLeavesTheLegalPaths() {
        qt().withExamples(2000)
                .forAll(lists().of(MOVES).ofSizeBetween(0, 30))
                .checkAssert(ReferralStateMachineTests::staysOnTheLegalPaths);
    }

    private static void staysOnTheLegalPaths(List<Move> moves) {
        ReferralStatus status = ReferralStatus.DRAFT;
        for (Move move : moves) {
            ReferralStatus before = status;
            try {
                status = ReferralStateMachine.apply(status, move.action(), move.side());
                assertThat(LEGAL_EDGES).contains(before + ">" + status);
                assertThat(status.rank()).as("never back, never in place").isGreaterThan(before.rank());
                assertThat(before.terminal()).isFalse();
            } catch (IllegalTransitionException refused) {
                assertThat(ReferralStateMachine.next(before, move.action(), move.side()))
                        .isEmpty();
                assertThat(status).as("a refused step changes nothing").isEqualTo(before);
            }
        }
    }

    @Test
    void onlyTheSenderSendsAndCancelsAndOnlyTheRecipientAnswers() {
        qt().forAll(STATUSES, ACTIONS).checkAssert(ReferralStateMachineTests::answeredByTheRightSide);
    }

    private static void answeredByTheRightSide(ReferralStatus status, ReferralAction action) {
        var bySender = ReferralStateMachine.next(status, action, ReferralSide.SENDER);
        var byRecipient = ReferralStateMachine.next(status, action, ReferralSide.RECIPIENT);
        if (EnumSet.of(ReferralAction.SEND, ReferralAction.CANCEL).contains(action)) {
            assertThat(byRecipient).isEmpty();
        }
        if (EnumSet.of(
                        ReferralAction.OPEN,
                        ReferralAction.ACCEPT,
                        ReferralAction.DECLINE,
                        ReferralAction.START_CONTACT,
                        ReferralAction.CLOSE)
                .contains(action)) {
            assertThat(bySender).isEmpty();
        }
        if (status.terminal()) {
            assertThat(bySender).isEmpty();
            assertThat(byRecipient).isEmpty();
        }
    }

    @Test
    void theHappyPathToAnOutcome() {
        var s = ReferralStatus.DRAFT;
        s = ReferralStateMachine.apply(s, ReferralAction.SEND, ReferralSide.SENDER);
        s = ReferralStateMachine.apply(s, ReferralAction.OPEN, ReferralSide.RECIPIENT);
        s = ReferralStateMachine.apply(s, ReferralAction.ACCEPT, ReferralSide.RECIPIENT);
        s = ReferralStateMachine.apply(s, ReferralAction.START_CONTACT, ReferralSide.RECIPIENT);
        s = ReferralStateMachine.apply(s, ReferralAction.CLOSE, ReferralSide.RECIPIENT);
        assertThat(s).isEqualTo(ReferralStatus.CLOSED);
    }

    @Test
    void cannotSkipOpeningOrContact() {
        assertThatThrownBy(() ->
                        ReferralStateMachine.apply(ReferralStatus.SENT, ReferralAction.ACCEPT, ReferralSide.RECIPIENT))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> ReferralStateMachine.apply(
                        ReferralStatus.ACCEPTED, ReferralAction.CLOSE, ReferralSide.RECIPIENT))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theSenderCancelsOnlyBeforeAcceptance() {
        assertThat(ReferralStateMachine.next(ReferralStatus.OPENED, ReferralAction.CANCEL, ReferralSide.SENDER))
                .contains(ReferralStatus.CANCELLED);
        assertThat(ReferralStateMachine.next(ReferralStatus.ACCEPTED, ReferralAction.CANCEL, ReferralSide.SENDER))
                .isEmpty();
    }

    @Test
    void eitherSideWithdrawsConsentWhileTheReferralRuns() {
        for (var status : List.of(
                ReferralStatus.SENT, ReferralStatus.OPENED, ReferralStatus.ACCEPTED, ReferralStatus.IN_CONTACT)) {
            for (var side : ReferralSide.values()) {
                assertThat(ReferralStateMachine.next(status, ReferralAction.WITHDRAW_CONSENT, side))
                        .contains(ReferralStatus.WITHDRAWN);
            }
        }
        assertThat(ReferralStateMachine.next(
                        ReferralStatus.CLOSED, ReferralAction.WITHDRAW_CONSENT, ReferralSide.SENDER))
                .isEmpty();
    }

    @Test
    void allowedListsWhatTheSideMayDo() {
        assertThat(ReferralStateMachine.allowed(ReferralStatus.OPENED, ReferralSide.RECIPIENT))
                .containsExactly(ReferralAction.ACCEPT, ReferralAction.DECLINE, ReferralAction.WITHDRAW_CONSENT);
        assertThat(ReferralStateMachine.allowed(ReferralStatus.OPENED, ReferralSide.SENDER))
                .containsExactly(ReferralAction.CANCEL, ReferralAction.WITHDRAW_CONSENT);
    }
}
