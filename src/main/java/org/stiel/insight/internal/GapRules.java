package org.stiel.insight.internal;

/** The thresholds and weights of the gap analysis, as docs/adr/0029 states them. */
public final class GapRules {

    /** An offer farther than this from a municipality's centre is not "nearby". */
    public static final int NEARBY_KM = 5;

    /** This many referrals declined for lack of offer in 12 months make a gap on their own. */
    public static final int DECLINES = 3;

    /** What one declined referral adds to the score: as much as this many children. */
    public static final int DECLINE_POINTS = 50;

    /** Sessions are counted over this many months ahead. */
    public static final int SESSION_MONTHS = 3;

    private GapRules() {}
}
