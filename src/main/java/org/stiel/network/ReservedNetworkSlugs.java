package org.stiel.network;

import java.util.Set;

/**
 * Words that a module uses as fixed path segments where a network's slug also goes, such as {@code /plan/board}
 * beside the public {@code /plan/{network}}. A module that has such paths provides a bean of this type; no network
 * may then take one of its words as slug, or its public page would be out of reach.
 */
public interface ReservedNetworkSlugs {

    Set<String> reservedSlugs();
}
