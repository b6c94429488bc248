package org.stiel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.LoggedIn;
import org.stiel.StielTest;

@StielTest
class LoginTests {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Test
    void anAdminLogsInAndKeepsTheSession() throws Exception {
        accounts.register("login-admin@stiel.test", "Beheerder", PASSWORD, true);

        mvc.perform(formLogin("/login").user("LOGIN-admin@stiel.test").password(PASSWORD))
                .andExpect(authenticated().withRoles("ADMIN"))
                .andExpect(redirectedUrl("/"));
        var admin = LoggedIn.as(mvc, "login-admin@stiel.test", PASSWORD);

        mvc.perform(get("/").with(admin)).andExpect(redirectedUrl("/admin/networks"));
    }

    @Test
    void someoneWithoutANetworkIsToldSo() throws Exception {
        accounts.register("login-nowhere@stiel.test", "Nergens", PASSWORD, false);
        var nowhere = LoggedIn.as(mvc, "login-nowhere@stiel.test", PASSWORD);

        mvc.perform(get("/").with(nowhere))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.view()
                        .name("platform/no-network"));
    }

    @Test
    void aWrongPasswordSaysNotWhichPartWasWrong() throws Exception {
        accounts.register("login-wrong@stiel.test", "Iemand", PASSWORD, false);

        mvc.perform(formLogin("/login").user("login-wrong@stiel.test").password("niet het wachtwoord"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody-here@stiel.test").password("niet het wachtwoord"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theSessionCookieAndHeadersProtectTheSession() throws Exception {
        var before = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(before.getHeader("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .contains("base-uri 'none'");
        assertThat(before.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(before.getHeader("X-Frame-Options")).isEqualTo("DENY");

        accounts.register("login-cookie@stiel.test", "Iemand", PASSWORD, true);
        // session fixation: a session id planted by someone else is not the one the login gets
        var planted = new jakarta.servlet.http.Cookie("STIEL_SESSION", "cGxhbnRlZC1zZXNzaW9uLWlk");
        var login = mvc.perform(post("/login")
                        .param("username", "login-cookie@stiel.test")
                        .param("password", PASSWORD)
                        .with(csrf())
                        .cookie(planted))
                .andReturn()
                .getResponse();
        var cookie = login.getCookie("STIEL_SESSION");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getDomain()).isNull();
        assertThat(cookie.getValue()).isNotEqualTo(planted.getValue());
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .isNull();
        assertThat(mvc.perform(get("/login").secure(true))
                        .andReturn()
                        .getResponse()
                        .getHeader("Strict-Transport-Security"))
                .contains("max-age=")
                .contains("includeSubDomains");
    }

    @Test
    void aPageThatTheRoleMayNotSeeAnswersWithTheErrorPageNotProblemJson() throws Exception {
        var coordinator = LoggedIn.as(mvc, "coordinator@stiel.example", org.stiel.StielTest.DEMO_PASSWORD);

        var page = mvc.perform(get("/admin/networks").accept("text/html").with(coordinator))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse();
        assertThat(page.getContentType()).isNotEqualTo("application/problem+json");
        mvc.perform(get("/actuator/prometheus").with(coordinator)).andExpect(status().isForbidden());
    }

    @Test
    void pagesNeedALogin() throws Exception {
        mvc.perform(get("/partners").accept("text/html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/partners")).andExpect(status().isUnauthorized());
    }
}
