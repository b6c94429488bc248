package org.stiel.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends the login page one of two messages: wrong e-mail or password (never which of the two), or too many
 * attempts.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason =
                exception instanceof ThrottledAuthenticationProvider.LoginThrottledException ? "throttled" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
