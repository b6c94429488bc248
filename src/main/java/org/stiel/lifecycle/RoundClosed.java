package org.stiel.lifecycle;

import org.stiel.network.NetworkId;

/** An assessment round closed, by hand or on its date. */
public record RoundClosed(NetworkId network, RoundId round) {}
