package org.stiel.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.stiel.partners.PartnerId;

/**
 * Who hosted the network's meetings, and where ("lasten en lusten"): every meeting with a host, past and planned,
 * counted per partner and per municipality, with the latest {@value #LATEST} dates of each; {@link Hosts#hostings}
 * lists every hosting, page by page.
 */
public record HostingHistory(List<PartnerRow> partners, List<MunicipalityRow> municipalities) {

    /** How many of the latest dates a row carries. */
    public static final int LATEST = 5;

    /**
     * A partner's hostings; partners that never hosted have none.
     *
     * @param count how many times it hosted
     * @param dates the latest dates it hosted, most recent first
     */
    public record PartnerRow(PartnerId partner, String name, int count, List<LocalDate> dates) {}

    /**
     * @param count how many meetings it hosted
     * @param dates the latest, most recent first
     */
    public record MunicipalityRow(String name, int count, List<LocalDate> dates) {}

    /** One meeting with a host, for the list of every hosting. */
    public record Hosting(
            UUID meeting, String title, LocalDate date, PartnerId host, String hostName, String municipality) {}
}
