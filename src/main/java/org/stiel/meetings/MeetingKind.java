package org.stiel.meetings;

/** What sort of meeting (Dutch: netwerkoverleg, werkgroepoverleg, partnerdag). */
public enum MeetingKind {
    NETWORK_MEETING,
    /** A meeting of one governance body (a working group or the steering group): its members are invited. */
    WORKING_GROUP_MEETING,
    PARTNER_DAY
}
