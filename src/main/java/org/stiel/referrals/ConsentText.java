package org.stiel.referrals;

import java.time.Instant;

/** One version of the text a partner shows a family before asking for consent; maintained by the coordinator. */
public record ConsentText(int version, String body, Instant createdAt, String createdBy) {}
