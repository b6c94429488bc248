package org.stiel.insight.internal;

import java.util.List;

/**
 * A municipality of the network as the gap analysis needs it: its NIS code, name, centre and the network's postcodes
 * for it (which place an offer's locations in it).
 */
public record GapArea(String nisCode, String name, Double latitude, Double longitude, List<String> postcodes) {}
