package org.stiel.accounts.web;

import jakarta.validation.constraints.Size;

/** What a new person enters to accept an invitation; the password policy is checked by the controller. */
record AcceptInvitationForm(
        @Size(max = 200, message = "{stiel.size.max}") String displayName, String password) {

    static AcceptInvitationForm empty() {
        return new AcceptInvitationForm(null, null);
    }
}
