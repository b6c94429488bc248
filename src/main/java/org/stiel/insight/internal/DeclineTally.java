package org.stiel.insight.internal;

import org.stiel.network.LifeDomain;

/**
 * Declined referrals for lack of offer in one municipality and domain, by kind of reason.
 *
 * @param kind {@code CAPACITY}, {@code NO_FIT} or {@code WAITING}
 */
public record DeclineTally(String nisCode, LifeDomain domain, String kind, int count) {}
