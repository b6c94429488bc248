package org.stiel.accounts.web;

import jakarta.validation.constraints.Size;

/** What a new person enters to accept an invitation; the password policy is checked by the controller. */
class AcceptInvitationForm {

    @Size(max = 200, message = "{stiel.size.max}")
    private String displayName;

    private String password;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
