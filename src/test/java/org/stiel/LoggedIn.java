package org.stiel;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A real form login whose session cookie later requests carry. Sessions live in Spring Session JDBC, so the cookie
 * (not MockMvc's {@code MockHttpSession}) is what identifies them.
 */
public record LoggedIn(Cookie sessionCookie) implements RequestPostProcessor {

    public static LoggedIn as(MockMvc mvc, String email, String password) throws Exception {
        var response = mvc.perform(formLogin("/login").user(email).password(password))
                .andReturn()
                .getResponse();
        Cookie cookie = response.getCookie("STIEL_SESSION");
        if (cookie == null || !"/".equals(response.getRedirectedUrl())) {
            throw new IllegalStateException("Login failed for a test account: " + response.getRedirectedUrl());
        }
        return new LoggedIn(cookie);
    }

    /** Usage: {@code mvc.perform(get("/partners").with(loggedIn))}. */
    @Override
    public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
            org.springframework.mock.web.MockHttpServletRequest request) {
        request.setCookies(sessionCookie);
        return request;
    }

    public MockHttpServletRequestBuilder on(MockHttpServletRequestBuilder request) {
        return request.cookie(sessionCookie);
    }
}
