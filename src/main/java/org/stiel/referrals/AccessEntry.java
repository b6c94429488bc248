package org.stiel.referrals;

import java.time.Instant;

/** One read of a family's details: who, from which partner, why (page, API, subject access) and when. */
public record AccessEntry(String userName, String partnerName, String purpose, Instant at) {}
