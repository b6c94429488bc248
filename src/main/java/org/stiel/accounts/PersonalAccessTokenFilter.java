package org.stiel.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer stiel_…} for the API ({@code /api/**} only). The authentication lives
 * for this request only: no session is created.
 */
class PersonalAccessTokenFilter extends OncePerRequestFilter {

    private final PersonalAccessTokens tokens;

    PersonalAccessTokenFilter(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isApiBearerRequest(request);
    }

    /**
     * Tokens are for the API only: on a page URL a bearer header authenticates nothing, so a leaked token cannot
     * create tokens, switch networks into a session or reach admin pages.
     */
    static boolean isApiBearerRequest(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null
                && header.startsWith("Bearer ")
                && request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret =
                request.getHeader("Authorization").substring("Bearer ".length()).strip();
        var user = tokens.authenticate(secret);
        if (user.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"https://stiel.example/problems/unauthorized\",\"title\":\"Unauthorized\","
                            + "\"status\":401,\"detail\":\"The access token is unknown, expired or revoked.\"}");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
