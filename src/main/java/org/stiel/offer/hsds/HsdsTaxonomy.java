package org.stiel.offer.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stiel.network.LifeDomain;
import org.stiel.offer.Audience;
import org.stiel.offer.OfferKind;
import org.stiel.offer.Pillar;

/**
 * Stiel's classifications published as HSDS taxonomies: life domains, the decree's pillars, audiences, age groups,
 * the kind of offer and a few features (reduced tariff, registration...). Ids are name-based from a fixed namespace,
 * so they are the same in every installation and never change. Names are Dutch, the English name is the description.
 * This is published data, not page text, which is why it lives here and not in a message bundle.
 */
public final class HsdsTaxonomy {

    /** Which of an offer's fields a taxonomy classifies. */
    public enum Facet {
        LIFE_DOMAIN,
        PILLAR,
        AUDIENCE,
        AGE_GROUP,
        KIND,
        FEATURE
    }

    public record Taxonomy(UUID id, Facet facet, String name, String description) {}

    /**
     * One term. {@code code} is the enum name of the value it stands for; age groups cover {@code minMonths} to
     * {@code maxMonths}.
     */
    public record Term(
            UUID id,
            Facet facet,
            String code,
            String name,
            String description,
            UUID parentId,
            Integer minMonths,
            Integer maxMonths) {
        public UUID taxonomyId() {
            return taxonomy(facet).id();
        }
    }

    /** Features carried as attributes (some with a value), so that an export imports back the same. */
    public enum Feature {
        PAID,
        REDUCED_TARIFF,
        REGISTRATION_REQUIRED,
        ONLINE,
        INTERPRETATION,
        CLOSED_IN_SCHOOL_HOLIDAYS,
        EXTRA,
        NOT_PUBLISHED,
        ACCESSIBILITY,
        CAPACITY,
        PLACES_LEFT,
        AGE_IN_MONTHS
    }

    private static final List<Taxonomy> TAXONOMIES = List.of(
            taxonomy(Facet.LIFE_DOMAIN, "Levensdomeinen", "Life domains of families"),
            taxonomy(Facet.PILLAR, "Pijlers", "Pillars of the Flemish decree on preventive family support"),
            taxonomy(Facet.AUDIENCE, "Doelgroepen", "Audiences"),
            taxonomy(Facet.AGE_GROUP, "Leeftijdsgroepen", "Age groups of children"),
            taxonomy(Facet.KIND, "Soort aanbod", "Kind of offer: ongoing service or dated activity"),
            taxonomy(Facet.FEATURE, "Kenmerken", "Features of an offer"));

    private static final List<Term> TERMS = new ArrayList<>();

    static {
        lifeDomain(LifeDomain.EDUCATION, "Onderwijs", "Education");
        lifeDomain(LifeDomain.LEISURE, "Vrije tijd", "Leisure");
        lifeDomain(LifeDomain.CHILDCARE, "Kinderopvang", "Childcare");
        lifeDomain(LifeDomain.MENTAL_WELLBEING, "Mentaal welzijn", "Mental wellbeing");
        lifeDomain(LifeDomain.HEALTH, "Gezondheid", "Health");
        lifeDomain(LifeDomain.HOUSING, "Wonen", "Housing");
        lifeDomain(LifeDomain.EMPLOYMENT, "Werk", "Employment");
        lifeDomain(LifeDomain.PRACTICAL_SUPPORT, "Praktische ondersteuning", "Practical support");
        lifeDomain(LifeDomain.PARENTING_SUPPORT, "Opvoedingsondersteuning", "Parenting support");
        lifeDomain(LifeDomain.MEETING_OTHERS, "Ontmoeting", "Meeting others");
        term(Facet.PILLAR, Pillar.PREVENTIVE_HEALTH.name(), "Preventieve gezondheidszorg", "Preventive health care");
        term(Facet.PILLAR, Pillar.PARENTING_SUPPORT.name(), "Opvoedingsondersteuning", "Parenting support");
        term(Facet.PILLAR, Pillar.MEETING_OTHERS.name(), "Ontmoeting", "Meeting others");
        term(Facet.AUDIENCE, Audience.EXPECTING_PARENTS.name(), "Aanstaande ouders", "Expecting parents");
        term(Facet.AUDIENCE, Audience.PARENTS.name(), "Ouders", "Parents");
        term(Facet.AUDIENCE, Audience.CHILDREN.name(), "Kinderen", "Children");
        term(Facet.AUDIENCE, Audience.YOUNG_PEOPLE.name(), "Jongeren", "Young people");
        term(Facet.AUDIENCE, Audience.WHOLE_FAMILY.name(), "Het hele gezin", "The whole family");
        age("PRENATAL", "Voor de geboorte", "Before birth (pregnancy)", null, -9, -1);
        UUID young = age("AGE_0_3", "0 tot 3 jaar", "0 to 3 years", null, 0, 35).id();
        age("BABY", "Baby's (0 tot 1 jaar)", "Babies (0 to 1 year)", young, 0, 11);
        age("TODDLER", "Peuters (1 tot 3 jaar)", "Toddlers (1 to 3 years)", young, 12, 35);
        UUID child =
                age("AGE_3_12", "3 tot 12 jaar", "3 to 12 years", null, 36, 143).id();
        age("PRESCHOOL", "Kleuters (3 tot 6 jaar)", "Pre-school children (3 to 6 years)", child, 36, 71);
        age(
                "PRIMARY_SCHOOL",
                "Lagere schoolkinderen (6 tot 12 jaar)",
                "Primary school children (6 to 12)",
                child,
                72,
                143);
        age("AGE_12_18", "12 tot 18 jaar", "12 to 18 years", null, 144, 215);
        age("ADULT", "18 jaar en ouder", "18 years and older", null, 216, 1200);
        term(Facet.KIND, OfferKind.SERVICE.name(), "Dienst", "Service (ongoing)");
        term(Facet.KIND, OfferKind.ACTIVITY.name(), "Activiteit", "Activity (dated)");
        feature(Feature.PAID, "Betalend", "Paid");
        feature(Feature.REDUCED_TARIFF, "Kansentarief (UiTPAS)", "Reduced tariff for families with a low income");
        feature(Feature.REGISTRATION_REQUIRED, "Inschrijven nodig", "Registration required");
        feature(Feature.ONLINE, "Online", "Online (value: the link)");
        feature(Feature.INTERPRETATION, "Tolk mogelijk", "An interpreter can be arranged");
        feature(Feature.CLOSED_IN_SCHOOL_HOLIDAYS, "Gesloten in schoolvakanties", "Closed in school holidays");
        feature(Feature.EXTRA, "Extra aanbod", "Extra offer for families who need more (proportional universalism)");
        feature(Feature.NOT_PUBLISHED, "Niet gepubliceerd", "Not published for families");
        feature(Feature.ACCESSIBILITY, "Toegankelijkheid", "Accessibility (value: the description)");
        feature(Feature.CAPACITY, "Capaciteit", "Capacity (value: the number of places)");
        feature(Feature.PLACES_LEFT, "Vrije plaatsen", "Places left (value: the number)");
        feature(Feature.AGE_IN_MONTHS, "Leeftijd in maanden", "Age range in months (value: min..max)");
    }

    private HsdsTaxonomy() {}

    public static List<Taxonomy> taxonomies() {
        return TAXONOMIES;
    }

    public static List<Term> terms() {
        return List.copyOf(TERMS);
    }

    public static Taxonomy taxonomy(Facet facet) {
        return TAXONOMIES.stream().filter(t -> t.facet() == facet).findFirst().orElseThrow();
    }

    public static Optional<Taxonomy> taxonomy(UUID id) {
        return TAXONOMIES.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public static Optional<Term> term(UUID id) {
        return TERMS.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public static Term term(Facet facet, String code) {
        return TERMS.stream()
                .filter(t -> t.facet() == facet && t.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(facet + " " + code));
    }

    public static Term feature(Feature feature) {
        return term(Facet.FEATURE, feature.name());
    }

    /** The age groups an age range in months overlaps; none when the offer has no age range. */
    public static List<Term> ageGroups(Integer minMonths, Integer maxMonths) {
        if (minMonths == null && maxMonths == null) {
            return List.of();
        }
        int min = minMonths == null ? -9 : minMonths;
        int max = maxMonths == null ? 1200 : maxMonths;
        return TERMS.stream()
                .filter(t -> t.facet() == Facet.AGE_GROUP && t.minMonths() <= max && t.maxMonths() >= min)
                .toList();
    }

    private static Taxonomy taxonomy(Facet facet, String name, String description) {
        return new Taxonomy(HsdsIds.v5("taxonomy:" + facet.name()), facet, name, description);
    }

    private static void lifeDomain(LifeDomain domain, String name, String english) {
        term(Facet.LIFE_DOMAIN, domain.name(), name, english);
    }

    private static void feature(Feature feature, String name, String english) {
        term(Facet.FEATURE, feature.name(), name, english);
    }

    private static Term term(Facet facet, String code, String name, String english) {
        var term = new Term(
                HsdsIds.v5("taxonomy_term:" + facet.name() + ":" + code), facet, code, name, english, null, null, null);
        TERMS.add(term);
        return term;
    }

    private static Term age(String code, String name, String english, UUID parent, int min, int max) {
        var term = new Term(
                HsdsIds.v5("taxonomy_term:" + Facet.AGE_GROUP.name() + ":" + code),
                Facet.AGE_GROUP,
                code,
                name,
                english,
                parent,
                min,
                max);
        TERMS.add(term);
        return term;
    }
}
