package org.stiel.lifecycle.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.stiel.lifecycle.CollaborationFactor;
import org.stiel.lifecycle.CollaborationLink;
import org.stiel.lifecycle.RoundView;

/** Turns a round's handed-in answers into {@link SurveyResults}; no database, so the arithmetic is tested alone. */
public final class ResultsBuilder {

    private ResultsBuilder() {}

    /**
     * @param partners the network's partners
     * @param responses the round's answer sets (handed in or not; only handed-in ones count)
     * @param invited the partners with a representative invited to the round
     * @param history the thermometers of this round and the ones before it, oldest first
     * @param previousTemperatures the previous round's temperatures by partner, empty when there is none
     */
    public static SurveyResults build(
            RoundView round,
            List<NetworkMap.Partner> partners,
            List<SurveyStore.Response> responses,
            Set<UUID> invited,
            List<RoundTemperature> history,
            RoundView previous,
            Map<UUID, Integer> previousTemperatures,
            boolean coordinator) {
        Map<UUID, String> names = new HashMap<>();
        partners.forEach(p -> names.put(p.id(), p.name()));
        var submitted =
                responses.stream().filter(SurveyStore.Response::submitted).toList();

        var statuses = new ArrayList<SurveyResults.PartnerStatus>();
        Map<UUID, SurveyStore.Response> byPartner = new HashMap<>();
        responses.forEach(r -> byPartner.put(r.partner(), r));
        int invitedCount = 0;
        int started = 0;
        int handedIn = 0;
        int uninvited = 0;
        for (var p : NetworkMap.order(partners)) {
            var r = byPartner.get(p.id());
            boolean asked = invited.contains(p.id());
            if (asked) {
                // the rate speaks of the partners asked only: one that answered uninvited would push it past the truth
                invitedCount++;
                started += r != null ? 1 : 0;
                handedIn += r != null && r.submitted() ? 1 : 0;
            } else if (r != null && r.submitted()) {
                uninvited++;
            } else {
                continue;
            }
            statuses.add(new SurveyResults.PartnerStatus(p.name(), asked, r != null, r != null && r.submitted()));
        }
        var completion = new SurveyResults.Completion(invitedCount, started, handedIn, uninvited, statuses);

        Map<UUID, Integer> temperatures = new HashMap<>();
        submitted.stream()
                .filter(r -> r.temperature() != null)
                .forEach(r -> temperatures.put(r.partner(), r.temperature()));
        var thermometer = Thermometer.of(List.copyOf(temperatures.values()));

        Map<UUID, Map<UUID, Integer>> reports = new HashMap<>();
        Map<UUID, List<Double>> trustAbout = new HashMap<>();
        Map<UUID, List<Double>> valueAbout = new HashMap<>();
        List<Double> allTrust = new ArrayList<>();
        List<Double> allValue = new ArrayList<>();
        Map<CollaborationFactor, List<Double>> factorScores = new EnumMap<>(CollaborationFactor.class);
        Map<CollaborationFactor.Group, List<Double>> groupScores = new EnumMap<>(CollaborationFactor.Group.class);
        for (var r : submitted) {
            Map<UUID, Integer> given = new HashMap<>();
            // the network's mean counts partners, not links: one partner rating three others is one answer, and
            // must stay "too few answers" on its own
            List<Double> myTrust = new ArrayList<>();
            List<Double> myValue = new ArrayList<>();
            for (Map.Entry<UUID, CollaborationLink> e : r.links().entrySet()) {
                if (!names.containsKey(e.getKey()) || e.getKey().equals(r.partner())) {
                    continue;
                }
                var link = e.getValue();
                given.put(e.getKey(), link.frequency().weight());
                if (link.frequency().weight() == 0) {
                    continue;
                }
                Scores.itemMean(link.reliable(), link.open(), link.mission()).ifPresent(t -> {
                    trustAbout
                            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(t);
                    myTrust.add(t);
                });
                Scores.itemMean(link.influence(), link.resources(), link.involvement())
                        .ifPresent(v -> {
                            valueAbout
                                    .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                    .add(v);
                            myValue.add(v);
                        });
            }
            reports.put(r.partner(), given);
            if (!myTrust.isEmpty()) {
                allTrust.add(myTrust.stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow());
            }
            if (!myValue.isEmpty()) {
                allValue.add(myValue.stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow());
            }
            Map<CollaborationFactor.Group, List<Integer>> mine = new EnumMap<>(CollaborationFactor.Group.class);
            r.factors().forEach((factor, score) -> {
                factorScores.computeIfAbsent(factor, k -> new ArrayList<>()).add((double) score);
                mine.computeIfAbsent(factor.group(), k -> new ArrayList<>()).add(score);
            });
            // a group score counts each partner once: the mean of the statements it rated in the group
            mine.forEach((group, scores) -> groupScores
                    .computeIfAbsent(group, k -> new ArrayList<>())
                    .add(scores.stream().mapToInt(Integer::intValue).average().orElse(0)));
        }
        var map = NetworkMap.of(partners, reports);
        List<SurveyResults.PartnerRow> rows = new ArrayList<>();
        for (var node : map.nodes()) {
            var degree = map.metrics().degree(node.id());
            rows.add(new SurveyResults.PartnerRow(
                    node.id(),
                    node.number(),
                    node.name(),
                    node.kind(),
                    degree.degree(),
                    degree.centrality(),
                    Scores.Aggregate.of(trustAbout.getOrDefault(node.id(), List.of())),
                    Scores.Aggregate.of(valueAbout.getOrDefault(node.id(), List.of()))));
        }
        List<SurveyResults.FactorScore> factors = new ArrayList<>();
        for (var group : CollaborationFactor.Group.values()) {
            factors.add(new SurveyResults.FactorScore(
                    group,
                    Scores.Aggregate.of(groupScores.getOrDefault(group, List.of())),
                    group.factors().stream()
                            .map(f -> new SurveyResults.StatementScore(
                                    f, Scores.Aggregate.of(factorScores.getOrDefault(f, List.of()))))
                            .toList()));
        }
        var cooled = coordinator
                ? Thermometer.cooled(previousTemperatures, temperatures, names)
                : List.<Thermometer.Cooled>of();
        var suggestions = coordinator
                ? submitted.stream()
                        .map(SurveyStore.Response::warmer)
                        .filter(w -> w != null && !w.isBlank())
                        .map(String::strip)
                        .sorted(String.CASE_INSENSITIVE_ORDER)
                        .toList()
                : List.<String>of();
        return new SurveyResults(
                round,
                completion,
                thermometer,
                history,
                ThermometerChart.of(history),
                previous,
                cooled,
                suggestions,
                coordinator,
                map,
                rows,
                Scores.Aggregate.of(allTrust),
                Scores.Aggregate.of(allValue),
                factors);
    }
}
