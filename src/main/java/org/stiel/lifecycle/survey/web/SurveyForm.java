package org.stiel.lifecycle.survey.web;

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
public class SurveyForm {

    /** The other partners of one kind, so that a long list reads as short ones. */
    public record KindGroup(
            org.stiel.partners.PartnerKind kind,
            java.util.List<org.stiel.lifecycle.survey.NetworkMap.Partner> partners) {}

    private Integer temperature;
    private String warmer;
    private Map<String, LinkForm> links = new HashMap<>();
    private Map<String, Integer> factors = new HashMap<>();

    static SurveyForm of(CollaborationAnswers answers) {
        var form = new SurveyForm();
        form.temperature = answers.temperature();
        form.warmer = answers.warmer();
        answers.links().forEach((id, link) -> form.links.put(id.value().toString(), LinkForm.of(link)));
        answers.factors().forEach((f, score) -> form.factors.put(f.name(), score));
        return form;
    }

    /** @throws IllegalArgumentException for a partner id or statement key that does not parse */
    CollaborationAnswers toAnswers() {
        Map<PartnerId, CollaborationLink> result = new HashMap<>();
        links.forEach((id, link) -> {
            if (link != null && link.getFrequency() != null && link.getFrequency() != CollaborationFrequency.NOT) {
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

    /** What is posted for one other partner; a partner with frequency "not" keeps no scores. */
    public static class LinkForm {

        private CollaborationFrequency frequency = CollaborationFrequency.NOT;
        private Integer reliable;
        private Integer open;
        private Integer mission;
        private Integer influence;
        private Integer resources;
        private Integer involvement;

        static LinkForm of(CollaborationLink link) {
            var form = new LinkForm();
            form.frequency = link.frequency();
            form.reliable = link.reliable();
            form.open = link.open();
            form.mission = link.mission();
            form.influence = link.influence();
            form.resources = link.resources();
            form.involvement = link.involvement();
            return form;
        }

        CollaborationLink toLink() {
            return new CollaborationLink(frequency, reliable, open, mission, influence, resources, involvement);
        }

        public CollaborationFrequency getFrequency() {
            return frequency;
        }

        public void setFrequency(CollaborationFrequency frequency) {
            this.frequency = frequency;
        }

        public Integer getReliable() {
            return reliable;
        }

        public void setReliable(Integer reliable) {
            this.reliable = reliable;
        }

        public Integer getOpen() {
            return open;
        }

        public void setOpen(Integer open) {
            this.open = open;
        }

        public Integer getMission() {
            return mission;
        }

        public void setMission(Integer mission) {
            this.mission = mission;
        }

        public Integer getInfluence() {
            return influence;
        }

        public void setInfluence(Integer influence) {
            this.influence = influence;
        }

        public Integer getResources() {
            return resources;
        }

        public void setResources(Integer resources) {
            this.resources = resources;
        }

        public Integer getInvolvement() {
            return involvement;
        }

        public void setInvolvement(Integer involvement) {
            this.involvement = involvement;
        }
    }

    public Integer getTemperature() {
        return temperature;
    }

    public void setTemperature(Integer temperature) {
        this.temperature = temperature;
    }

    public String getWarmer() {
        return warmer;
    }

    public void setWarmer(String warmer) {
        this.warmer = warmer;
    }

    public Map<String, LinkForm> getLinks() {
        return links;
    }

    public void setLinks(Map<String, LinkForm> links) {
        this.links = links;
    }

    public Map<String, Integer> getFactors() {
        return factors;
    }

    public void setFactors(Map<String, Integer> factors) {
        this.factors = factors;
    }
}
