package org.stiel.accounts.web;

/** A person's own password change on the account page. */
record ChangePasswordForm(String currentPassword, String newPassword) {

    static ChangePasswordForm empty() {
        return new ChangePasswordForm(null, null);
    }
}
