package org.stiel.insight;

import org.stiel.network.LifeDomain;

/**
 * Which gaps a reader wants to see; {@code null} is "all".
 *
 * @param nisCode one municipality of the network
 */
public record GapFilter(String nisCode, LifeDomain domain, AgeBand band) {

    public static GapFilter all() {
        return new GapFilter(null, null, null);
    }
}
