package org.stiel.network;

import java.util.List;

/**
 * A municipality of the reference list: a real Flemish one since the mergers of 1 January 2025 (Statbel's NIS code),
 * or one the demo or the benchmark invented ({@code invented}, code 99xxx).
 *
 * @param latitude the middle of its postcodes' points, {@code null} when it has none
 * @param mergedFrom the codes of the municipalities merged into it (figures of before 2025 come under those)
 * @param postcodes its postcodes, in order
 */
public record Place(
        String nisCode,
        String name,
        String nameFr,
        String province,
        String arrondissement,
        List<String> mergedFrom,
        boolean invented,
        Double latitude,
        Double longitude,
        List<String> postcodes) {

    /** The name in the language of the page: French where Statbel has a French name, Dutch otherwise. */
    public String name(java.util.Locale locale) {
        return "fr".equals(locale.getLanguage()) && nameFr != null ? nameFr : name;
    }
}
