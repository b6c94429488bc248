package org.stiel.accounts.web;

/** A new password, typed twice, behind a reset link. */
record NewPasswordForm(String password, String repeat) {

    static NewPasswordForm empty() {
        return new NewPasswordForm(null, null);
    }
}
