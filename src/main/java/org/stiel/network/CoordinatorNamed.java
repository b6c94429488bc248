package org.stiel.network;

/** The admin named a coordinator for a network; the accounts module invites that person. */
public record CoordinatorNamed(NetworkId networkId, String email) {}
