package org.stiel.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.ModelAndViewDefiningException;

/**
 * One form submission, one record. Every rendered POST form carries a one-time token ({@link FormOnceHiddenField});
 * the first POST with a token runs, and a second one with the same token (a double click, a resent request, a
 * parallel replay) does not run the handler again: it is redirected (303) to where the first went, after a short
 * wait if the first has not finished yet, or shown a page that says the form was already sent.
 *
 * <p>The first submission's token is released when it does not succeed (the form came back with errors, or it
 * failed), so that the corrected form can be sent. One that answered with a page of its own is done: a repeat is told
 * the form was already sent. POSTs without a token (the API, login, htmx requests that do
 * not come from a form) are not touched; an htmx request from a form sends the form's hidden fields, token included,
 * and is covered like a plain one.
 */
class FormOnceInterceptor implements HandlerInterceptor {

    /** The hidden field's name. */
    static final String PARAMETER = "_once";

    /** Tokens are UUIDs; anything longer is not one of ours and is left alone. */
    static final int MAX_LENGTH = 64;

    private static final String CLAIMED = FormOnceInterceptor.class.getName() + ".claimed";

    private static final String SHOWN = FormOnceInterceptor.class.getName() + ".shown";

    /** Where a repeat of a submission that answered with a page of its own (not a redirect) is sent: nowhere. */
    static final String IN_PLACE = "";

    /** How long a repeat waits for the first submission to finish before it answers "already sent". */
    static final Duration WAIT = Duration.ofSeconds(5);

    private static final Duration POLL = Duration.ofMillis(100);

    private final FormSubmissions submissions;

    FormOnceInterceptor(FormSubmissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String token = tokenOf(request);
        if (token == null) {
            return true;
        }
        long polls = WAIT.toMillis() / POLL.toMillis();
        for (long i = 0; i <= polls; i++) {
            if (submissions.claim(token)) {
                request.setAttribute(CLAIMED, token);
                return true;
            }
            switch (submissions.earlier(token)) {
                case FormSubmissions.Earlier.Done done -> {
                    if (done.location().equals(IN_PLACE)) {
                        // the first answered with a page of its own: there is nowhere to send this one
                        throw new ModelAndViewDefiningException(alreadySent(request));
                    }
                    response.setStatus(HttpStatus.SEE_OTHER.value());
                    response.setHeader(HttpHeaders.LOCATION, done.location());
                    return false;
                }
                case FormSubmissions.Earlier.None none -> {
                    // released meanwhile: claim it on the next round, without waiting
                    continue;
                }
                case FormSubmissions.Earlier.Running running -> Thread.sleep(POLL.toMillis());
            }
        }
        throw new ModelAndViewDefiningException(alreadySent(request));
    }

    /**
     * A plain form POST that answers with a page of its own and no field errors did its work there (a new access
     * token shown once, say): a repeat must not do it again. htmx posts are left out: their form often stays on the
     * page with the same token and is meant to be sent again.
     */
    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        if (request.getAttribute(CLAIMED) != null
                && modelAndView != null
                && request.getHeader("HX-Request") == null
                && modelAndView.getModel().values().stream()
                        .noneMatch(value -> value instanceof BindingResult result && result.hasErrors())) {
            request.setAttribute(SHOWN, Boolean.TRUE);
        }
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(request.getAttribute(CLAIMED) instanceof String token)) {
            return;
        }
        String location = response.getHeader(HttpHeaders.LOCATION);
        if (ex == null
                && location != null
                && HttpStatus.valueOf(response.getStatus()).is3xxRedirection()) {
            submissions.finished(token, pathOf(location, request));
        } else if (ex == null
                && request.getAttribute(SHOWN) != null
                && HttpStatus.valueOf(response.getStatus()).is2xxSuccessful()) {
            submissions.finished(token, IN_PLACE);
        } else {
            submissions.release(token);
        }
    }

    private static String tokenOf(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || request.getDispatcherType() != DispatcherType.REQUEST) {
            return null;
        }
        String token = request.getParameter(PARAMETER);
        return token == null || token.isBlank() || token.length() > MAX_LENGTH ? null : token;
    }

    /**
     * The redirect as a path when it stays on this host, so that a repeat is sent to the same page whichever host
     * name it used; a redirect elsewhere is kept whole.
     */
    static String pathOf(String location, HttpServletRequest request) {
        URI uri = URI.create(location);
        if (!uri.isAbsolute() || !request.getServerName().equalsIgnoreCase(uri.getHost())) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static ModelAndView alreadySent(HttpServletRequest request) {
        // 200: a page that explains, and htmx swaps it in where it would not swap an error
        var page = new ModelAndView("platform/form-already-sent", HttpStatus.OK);
        page.addObject("currentPath", LayoutModel.pathOf(request));
        return page;
    }
}
