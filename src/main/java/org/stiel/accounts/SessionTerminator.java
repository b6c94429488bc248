package org.stiel.accounts;

import java.util.Locale;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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

    /** Ends every session of the person but the one making the change. */
    void endSessionsOf(String email) {
        end(email, currentSessionId());
    }

    /** Ends every session of the person, the current one too (they log in again and see their new rights). */
    void endAllSessionsOf(String email) {
        end(email, null);
    }

    /**
     * After the commit: the session store works in a transaction of its own, and ending sessions before the change
     * is committed would let someone log in again in between with the old rights.
     */
    private void end(String email, String keep) {
        Runnable end = () -> sessions.findByPrincipalName(email.toLowerCase(Locale.ROOT)).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(sessions::deleteById);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
