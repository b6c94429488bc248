package org.stiel.network;

/** A network was created. */
public record NetworkCreated(NetworkId networkId, String name) {}
