package org.stiel.accounts;

/** What a person does in one network (Dutch: coördinator, medewerker van een partner, stuurgroeplid, vrijwilliger). */
public enum NetworkRole {
    COORDINATOR,
    PARTNER_STAFF,
    STEERING_GROUP,
    VOLUNTEER;

    /** The Spring Security authority, e.g. {@code ROLE_COORDINATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
