package org.stiel.accounts.web;

/** A new password, typed twice, behind a reset link. */
class NewPasswordForm {

    private String password;

    private String repeat;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
