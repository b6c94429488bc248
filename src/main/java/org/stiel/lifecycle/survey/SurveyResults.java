package org.stiel.lifecycle.survey;

import java.util.List;
import java.util.UUID;
import org.stiel.lifecycle.CollaborationFactor;
import org.stiel.lifecycle.RoundView;
import org.stiel.partners.PartnerKind;

/**
 * Everything the results page, the CSV and the PDF show of one round's survey. Only handed-in answers count.
 *
 * @param cooled the partners that ran colder than in the previous round; filled for a coordinator only
 * @param suggestions what would make partners warmer, without who said it, sorted; for a coordinator only
 */
public record SurveyResults(
        RoundView round,
        Completion completion,
        Thermometer thermometer,
        List<RoundTemperature> history,
        ThermometerChart chart,
        RoundView previous,
        List<Thermometer.Cooled> cooled,
        List<String> suggestions,
        boolean coordinatorView,
        NetworkMap map,
        List<PartnerRow> partners,
        Scores.Aggregate trust,
        Scores.Aggregate value,
        List<FactorScore> factors) {

    /**
     * How far the invited partners are. {@code invited} counts the partners with a representative invited to the
     * round; {@code started} and {@code submitted} count those same partners only, so the rate never passes 100% and
     * says how many of the partners asked have answered. Answers recorded for a partner without an invited
     * representative (imported or demo answers, or a partner whose representative joined later) count in the map and
     * the scores, and are reported apart as {@code uninvited} (handed in) so the figures add up.
     */
    public record Completion(int invited, int started, int submitted, int uninvited, List<PartnerStatus> partners) {

        public int percent() {
            return invited == 0 ? 0 : Math.min(100, submitted * 100 / invited);
        }
    }

    /** A partner's state in the round; {@code invited} false for a partner that answered without an invitation. */
    public record PartnerStatus(String name, boolean invited, boolean started, boolean submitted) {}

    /** A partner's figures; trust and value are about this partner, from the others' answers. */
    public record PartnerRow(
            UUID id,
            int number,
            String name,
            PartnerKind kind,
            int degree,
            double centrality,
            Scores.Aggregate trust,
            Scores.Aggregate value) {}

    public record FactorScore(
            CollaborationFactor.Group group, Scores.Aggregate aggregate, List<StatementScore> statements) {}

    public record StatementScore(CollaborationFactor factor, Scores.Aggregate aggregate) {}

    public int respondents() {
        return completion.submitted();
    }
}
