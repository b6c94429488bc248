package org.stiel.accounts;

import java.util.Locale;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's sessions when what they were granted changes: a removed member must not keep the network in an
 * open session, and a new password must shut out whoever knew the old one. The session doing the change stays.
 */
@Component
class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void endSessionsOf(String email) {
        String current = currentSessionId();
        sessions.findByPrincipalName(email.toLowerCase(Locale.ROOT)).keySet().stream()
                .filter(id -> !id.equals(current))
                .forEach(sessions::deleteById);
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
