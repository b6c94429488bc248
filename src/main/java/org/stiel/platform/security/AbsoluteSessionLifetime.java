package org.stiel.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.function.SingletonSupplier;

/**
 * Where the login is read from the session, a session older than the absolute lifetime is ended first, however
 * active it has been: the person is then anonymous and sent to log in (pages) or told 401 (API). The idle timeout is
 * the session store's own ({@code spring.session.timeout}).
 *
 * <p>Checked when the login is needed, not in a filter of its own: stylesheets and scripts do not read the session,
 * and a filter would make each of them load it from the database.
 */
final class AbsoluteSessionLifetime implements SecurityContextRepository {

    private static final Logger log = LoggerFactory.getLogger(AbsoluteSessionLifetime.class);

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final Clock clock;
    private final Duration lifetime;

    AbsoluteSessionLifetime(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        Supplier<DeferredSecurityContext> loaded = SingletonSupplier.of(() -> {
            endIfTooOld(request);
            return sessions.loadDeferredContext(request);
        });
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return loaded.get().get();
            }

            @Override
            public boolean isGenerated() {
                return loaded.get().isGenerated();
            }
        };
    }

    /** @deprecated the filter chain uses {@link #loadDeferredContext}; kept for the interface */
    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        endIfTooOld(holder.getRequest());
        return sessions.loadContext(holder);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        sessions.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessions.containsContext(request);
    }

    private void endIfTooOld(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return;
        }
        Instant created = Instant.ofEpochMilli(session.getCreationTime());
        if (created.plus(lifetime).isBefore(clock.instant())) {
            session.invalidate();
            log.info("Ended a session that reached its absolute lifetime of {}", lifetime);
        }
    }
}
