package org.stiel.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void tooShort() {
        assertThat(policy.check("short one", "a@test.example")).contains("accounts.password.too-short");
    }

    @Test
    void common() {
        assertThat(policy.check("passwordpassword", "a@test.example")).contains("accounts.password.common");
        assertThat(policy.check("aaaaaaaaaaaaaaaa", "a@test.example")).contains("accounts.password.common");
        assertThat(policy.check("x-someone@test.example", "someone@test.example"))
                .contains("accounts.password.common");
    }

    @Test
    void tooLong() {
        assertThat(policy.check("ab".repeat(65), "a@test.example")).contains("accounts.password.too-long");
    }

    @Test
    void longAndUncommonIsFine() {
        assertThat(policy.check("a quiet walk along the river", "a@test.example"))
                .isEmpty();
    }
}
