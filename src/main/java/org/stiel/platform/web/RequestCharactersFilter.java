package org.stiel.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

/**
 * Refuses a request whose path, query string or parameters hold a NUL character or bytes that are not UTF-8, before
 * anything reads them (login, session, searches): 400 with problem JSON for the API and the error page otherwise.
 * Logged in one line naming where, never the value.
 *
 * <p>JSON bodies are checked where they are read ({@link JsonTextConfiguration}).
 */
class RequestCharactersFilter extends OncePerRequestFilter {

    static final String MESSAGE = "request.characters.invalid";

    private static final Logger log = LoggerFactory.getLogger(RequestCharactersFilter.class);

    private final ViewResolver views;
    private final LocaleResolver locales;
    private final MessageSource messages;

    RequestCharactersFilter(ViewResolver views, LocaleResolver locales, MessageSource messages) {
        this.views = views;
        this.locales = locales;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String where = invalidPart(request);
        if (where == null) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Refused a request with a NUL character or invalid UTF-8 in its {}", where);
        Locale locale = locales.resolveLocale(request);
        String detail = messages.getMessage(MESSAGE, null, locale);
        if (isApi(request)) {
            ProblemJson.write(
                    response, 400, "bad-request", messages.getMessage("error.400.title", null, locale), detail);
            return;
        }
        renderErrorPage(request, response, locale, detail);
    }

    private static String invalidPart(HttpServletRequest request) {
        if (!RequestCharacters.encodedIsClean(request.getRequestURI())) {
            return "path";
        }
        if (!RequestCharacters.encodedIsClean(request.getQueryString())) {
            return "query string";
        }
        if (!RequestCharacters.parametersAreClean(request.getParameterMap())) {
            return "parameters";
        }
        return null;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The platform's 400 page, rendered here because the request never reaches the dispatcher servlet; the locale
     * resolver is handed to the view as the dispatcher would. The request's own path is not echoed to the layout.
     */
    private void renderErrorPage(HttpServletRequest request, HttpServletResponse response, Locale locale, String detail)
            throws ServletException, IOException {
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        try {
            var view = views.resolveViewName("error/400", locale);
            if (view == null) {
                throw new IllegalStateException("No error/400 template");
            }
            view.render(Map.of("detail", detail, "currentPath", "/error"), request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
