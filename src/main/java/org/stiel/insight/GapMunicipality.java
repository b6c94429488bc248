package org.stiel.insight;

/**
 * A municipality of the network in the gap analysis: its NIS code, the network's name for it and its centre (the
 * middle of its postcodes' points; {@code null} when unknown).
 */
public record GapMunicipality(String nisCode, String name, Double latitude, Double longitude) {}
