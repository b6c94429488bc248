package org.stiel.insight;

import org.stiel.network.LifeDomain;

/**
 * Where a gap is: a municipality of the network (by NIS code), a life domain and an age band. The gap list is one row
 * per key; the coordinator's note and the challenge started from a gap are kept under it.
 */
public record GapKey(String nisCode, LifeDomain domain, AgeBand band) {

    /** The path of the gap's place on the gap page, e.g. {@code 44087/PARENTING_SUPPORT/TODDLERS}. */
    public String path() {
        return nisCode + "/" + domain.name() + "/" + band.name();
    }
}
