package org.stiel.lifecycle;

/** In which capacity someone answers a round. */
public enum ParticipantRole {
    /** A partner organisation's staff member, answering for (and tied to) that partner. */
    PARTNER_REPRESENTATIVE,
    /** A member of the network's steering group (stuurgroep). */
    STEERING_GROUP
}
