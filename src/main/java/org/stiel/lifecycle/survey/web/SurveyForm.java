package org.stiel.lifecycle.survey.web;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.stiel.lifecycle.CollaborationAnswers;
import org.stiel.lifecycle.CollaborationFactor;
import org.stiel.lifecycle.CollaborationFrequency;
import org.stiel.lifecycle.CollaborationLink;
import org.stiel.partners.PartnerId;

/**
 * The survey form as the browser posts it: {@code links[<partner id>].frequency}, {@code links[<partner id>].reliable}
 * and so on, and {@code factors[<FACTOR>]}. Ranges and partners are checked by the facade.
 */
public record SurveyForm(
        Integer temperature, String warmer, Map<String, LinkForm> links, Map<String, Integer> factors) {

    public SurveyForm {
        links = links == null ? Map.of() : links;
        factors = factors == null ? Map.of() : factors;
    }

    /** The other partners of one kind, so that a long list reads as short ones. */
    public record KindGroup(
            org.stiel.partners.PartnerKind kind,
            java.util.List<org.stiel.lifecycle.survey.NetworkMap.Partner> partners) {}

    static SurveyForm of(CollaborationAnswers answers) {
        Map<String, LinkForm> links = new HashMap<>();
        answers.links().forEach((id, link) -> links.put(id.value().toString(), LinkForm.of(link)));
        Map<String, Integer> factors = new HashMap<>();
        answers.factors().forEach((f, score) -> factors.put(f.name(), score));
        return new SurveyForm(answers.temperature(), answers.warmer(), links, factors);
    }

    /** The same answers with an empty row for each of the given partners not answered yet, for the page to show. */
    SurveyForm withRowsFor(Collection<String> partnerIds) {
        Map<String, LinkForm> all = new HashMap<>(links);
        partnerIds.forEach(id -> all.putIfAbsent(id, LinkForm.NONE));
        return new SurveyForm(temperature, warmer, all, factors);
    }

    /** @throws IllegalArgumentException for a partner id or statement key that does not parse */
    CollaborationAnswers toAnswers() {
        Map<PartnerId, CollaborationLink> result = new HashMap<>();
        links.forEach((id, link) -> {
            if (link != null && link.frequency() != CollaborationFrequency.NOT) {
                result.put(new PartnerId(UUID.fromString(id)), link.toLink());
            }
        });
        Map<CollaborationFactor, Integer> scores = new EnumMap<>(CollaborationFactor.class);
        factors.forEach((key, score) -> {
            if (score != null) {
                scores.put(CollaborationFactor.valueOf(key), score);
            }
        });
        String text = warmer == null || warmer.isBlank() ? null : warmer.strip();
        return new CollaborationAnswers(temperature, text, result, scores);
    }

    /** What is posted for one other partner; a partner with frequency "not" (or none) keeps no scores. */
    public record LinkForm(
            CollaborationFrequency frequency,
            Integer reliable,
            Integer open,
            Integer mission,
            Integer influence,
            Integer resources,
            Integer involvement) {

        static final LinkForm NONE = new LinkForm(null, null, null, null, null, null, null);

        public LinkForm {
            frequency = frequency == null ? CollaborationFrequency.NOT : frequency;
        }

        static LinkForm of(CollaborationLink link) {
            return new LinkForm(
                    link.frequency(),
                    link.reliable(),
                    link.open(),
                    link.mission(),
                    link.influence(),
                    link.resources(),
                    link.involvement());
        }

        CollaborationLink toLink() {
            return new CollaborationLink(frequency, reliable, open, mission, influence, resources, involvement);
        }
    }
}
