package org.stiel.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Refuses to check any password for an account that had too many wrong ones lately from the same client, or from a
 * client that had too many wrong ones across accounts ({@link LoginThrottle}).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String client = clientOf(authentication);
        if (!throttle.tryAttempt(email, client)) {
            throw new LoginThrottledException();
        }
        Authentication result = delegate.authenticate(authentication);
        throttle.succeeded(email, client);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    /**
     * The remote address form login recorded, as Tomcat reports it: a forwarded address only from a trusted proxy,
     * so a client cannot pick another one per attempt.
     */
    private static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "";
    }

    static class LoginThrottledException extends AuthenticationException {
        LoginThrottledException() {
            super("Too many failed logins");
        }
    }
}
