package org.stiel.partners;

import java.util.List;
import org.stiel.network.LifeDomain;
import org.stiel.network.NetworkView.MunicipalityView;

/**
 * How many partners serve each life domain in each municipality of the network, counted by the postcodes of their
 * locations. An empty cell is a gap worth a look.
 *
 * @param withoutLocation partners with no location in the network's area, who are not counted in any cell
 */
public record Coverage(List<MunicipalityView> municipalities, List<Row> rows, int withoutLocation) {

    /** One life domain: the count per municipality, in the order of {@link #municipalities()}. */
    public record Row(LifeDomain lifeDomain, List<Integer> counts, int total) {

        public long gaps() {
            return counts.stream().filter(c -> c == 0).count();
        }
    }

    public long gaps() {
        return rows.stream().mapToLong(Row::gaps).sum();
    }
}
