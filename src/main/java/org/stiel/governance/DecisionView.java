package org.stiel.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.stiel.planning.ActionView;
import org.stiel.planning.GoalView;

/**
 * A decision of the log as pages and other modules see it.
 *
 * @param body the body that decided; empty for a decision of the network meeting as a whole
 * @param bodyName the body's name; empty when {@code body} is
 * @param meeting the meeting it was taken in, if recorded there
 */
public record DecisionView(
        DecisionId id,
        String title,
        String rationale,
        LocalDate decidedOn,
        Optional<BodyId> body,
        String bodyName,
        Optional<MeetingRef> meeting,
        List<GoalView> goals,
        List<ActionView> actions) {}
