package org.stiel.insight;

/** A municipality of the network in the gap analysis: its NIS code and the network's name for it. */
public record GapMunicipality(String nisCode, String name) {}
