package org.stiel.meetings;

import java.time.LocalDate;
import java.util.List;
import org.stiel.partners.PartnerId;

/**
 * Who hosted the network's meetings, and where ("lasten en lusten"): every confirmed meeting with a host, past and
 * planned, counted per partner and per municipality.
 */
public record HostingHistory(List<PartnerRow> partners, List<MunicipalityRow> municipalities) {

    /** A partner's hostings, most recent first; partners that never hosted have none. */
    public record PartnerRow(PartnerId partner, String name, List<LocalDate> dates) {

        public int count() {
            return dates.size();
        }
    }

    public record MunicipalityRow(String name, List<LocalDate> dates) {

        public int count() {
            return dates.size();
        }
    }
}
