package org.stiel.insight;

/**
 * An indicator of the network's catalogue, built-in or its own, with its name and definition in the reader's
 * language (built-in ones from the messages, own ones as the coordinator wrote them).
 *
 * @param code the code figures store: the {@link Indicator}'s name, or {@code own-...}
 * @param shared whether partner staff may read its figures
 */
public record IndicatorView(
        String code, boolean builtIn, String name, String definition, Indicator.Unit unit, boolean shared) {

    /** Whether its values are shares (a percentage or per thousand), which a numerator and denominator determine. */
    public boolean share() {
        return unit == Indicator.Unit.PERCENT || unit == Indicator.Unit.PER_THOUSAND;
    }
}
