package org.stiel.insight;

import java.util.Arrays;
import java.util.Optional;

/**
 * The built-in catalogue of context indicators, with Statbel's, the provinces' and Kind en Gezin's figures in mind.
 * Names and definitions in the message bundles: {@code indicator.NAME.name} and {@code indicator.NAME.definition}.
 * A network's own indicators (a local survey, a waiting list) have codes {@code own-...} and live in the database.
 */
public enum Indicator {
    CHILDREN_0_2(Unit.COUNT, AgeBand.TODDLERS),
    CHILDREN_3_5(Unit.COUNT, AgeBand.PRESCHOOL),
    CHILDREN_6_11(Unit.COUNT, AgeBand.PRIMARY),
    CHILDREN_12_17(Unit.COUNT, AgeBand.TEENS),
    BIRTHS(Unit.COUNT, null),
    FAMILIES_WITH_CHILDREN(Unit.COUNT, null),
    SINGLE_PARENT_FAMILIES(Unit.COUNT, null),
    /**
     * Kind en Gezin's "kansarmoede-index": the share of children born in the last three years in families that score
     * weak on at least three of six criteria (income, parents' education, stimulation, work, housing, health).
     * Published as a percentage only.
     */
    DEPRIVATION_INDEX(Unit.PERCENT, null),
    /** Births whose mother speaks another language than Dutch at home, as a share of births. */
    BIRTHS_OTHER_HOME_LANGUAGE(Unit.PERCENT, null),
    /** Children with increased health-insurance reimbursement (verhoogde tegemoetkoming), as a share of children. */
    CHILDREN_INCREASED_REIMBURSEMENT(Unit.PERCENT, null),
    /** Population growth over the year before, in percent. */
    POPULATION_GROWTH(Unit.PERCENT, null);

    /** How a figure's value reads. Message keys: {@code indicatorUnit.NAME}. */
    public enum Unit {
        COUNT,
        PERCENT,
        PER_THOUSAND,
        NUMBER
    }

    private final Unit unit;
    private final AgeBand band;

    Indicator(Unit unit, AgeBand band) {
        this.unit = unit;
        this.band = band;
    }

    public Unit unit() {
        return unit;
    }

    /** The age band whose children this indicator counts, if it counts children of one band. */
    public Optional<AgeBand> band() {
        return Optional.ofNullable(band);
    }

    /** The code figures store: the enum's name. */
    public String code() {
        return name();
    }

    /** The built-in indicator with this code, empty for a network's own ({@code own-...}) or an unknown code. */
    public static Optional<Indicator> ofCode(String code) {
        return Arrays.stream(values()).filter(i -> i.name().equals(code)).findFirst();
    }

    /** The indicator that counts the children of a band. */
    public static Indicator childrenIn(AgeBand band) {
        return Arrays.stream(values()).filter(i -> i.band == band).findFirst().orElseThrow();
    }
}
