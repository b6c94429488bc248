package org.stiel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;

/** Argon2id with OWASP's settings (19 MiB, 2 iterations, 1 lane); older 16 MiB hashes still work and are renewed. */
@StielTest
class PasswordHashingTests {

    static final String PASSWORD = "een zin die lang genoeg is";

    /** How hashes were made before: Spring Security's 5.8 defaults, 16 MiB. */
    static final String OLD_HASH =
            "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void newHashesUseNineteenMebibytesTwoIterationsOneLane() {
        assertThat(encoder.encode(PASSWORD)).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void anOldHashStillVerifies() {
        assertThat(OLD_HASH).contains("m=16384");
        assertThat(encoder.matches(PASSWORD, OLD_HASH)).isTrue();
        assertThat(encoder.matches("een andere zin van genoeg lengte", OLD_HASH))
                .isFalse();
        assertThat(encoder.upgradeEncoding(OLD_HASH)).isTrue();
    }

    @Test
    void anOldHashIsRenewedAtTheNextLogin() throws Exception {
        accounts.register("rehash@stiel.test", "Oud wachtwoord", PASSWORD, false);
        jdbc.sql("update app_user set password_hash = ? where email = ?")
                .param(OLD_HASH)
                .param("rehash@stiel.test")
                .update();

        mvc.perform(formLogin("/login").user("rehash@stiel.test").password(PASSWORD))
                .andExpect(authenticated());

        String stored = jdbc.sql("select password_hash from app_user where email = ?")
                .param("rehash@stiel.test")
                .query(String.class)
                .single();
        assertThat(stored).contains("m=19456").isNotEqualTo(OLD_HASH);
        assertThat(encoder.matches(PASSWORD, stored)).isTrue();
    }
}
