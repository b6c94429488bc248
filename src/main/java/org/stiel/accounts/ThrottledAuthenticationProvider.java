package org.stiel.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Refuses to check any password for an address that had too many wrong ones lately. */
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
        if (!throttle.tryAttempt(email)) {
            throw new LoginThrottledException();
        }
        Authentication result = delegate.authenticate(authentication);
        throttle.succeeded(email);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    static class LoginThrottledException extends AuthenticationException {
        LoginThrottledException() {
            super("Too many failed logins");
        }
    }
}
