package org.stiel.lifecycle;

import org.stiel.network.NetworkId;

/** A coordinator opened an assessment round; modules that ask more in a round (temperature, survey) may listen. */
public record RoundOpened(NetworkId network, RoundId round) {}
