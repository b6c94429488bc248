package org.stiel.network;

/** A network's name and slug, for choice lists. */
public record NetworkName(NetworkId id, String slug, String name) {}
