package org.stiel.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.stiel.platform.BadRequestException;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.RuleViolation;
import org.stiel.platform.StielProperties;

/**
 * The error pages of every page controller, rendered here rather than through the container's error dispatch: status
 * and page are then the same in every servlet container and in MockMvc tests, and no module needs a handler of its
 * own.
 *
 * <p>{@code @RestController}s are {@code @Controller}s too; {@link ApiExceptionHandler} comes first in the order and
 * handles every exception listed here, so the API keeps its problem JSON.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final MessageSource messages;
    private final StielProperties properties;

    PageExceptionHandler(MessageSource messages, StielProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        return page("error/404", HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e, HttpServletRequest request) {
        var page = page("error/400", HttpStatus.BAD_REQUEST, request);
        page.addObject("detail", messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
        return page;
    }

    /**
     * A business rule refused a change that no form catches (a button, a link): the rule in the user's words, with
     * 422. Forms put it next to the field through {@link FormFlow}.
     */
    @ExceptionHandler(RuleViolation.class)
    ModelAndView ruleViolation(RuleViolation e, HttpServletRequest request) {
        var page = page("error/400", HttpStatus.UNPROCESSABLE_CONTENT, request);
        page.addObject("detail", messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
        return page;
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(HttpServletRequest request) {
        return page("error/403", HttpStatus.FORBIDDEN, request);
    }

    /**
     * Method security's refusals. Someone not logged in is sent on to Spring Security by rethrowing, so that its entry
     * point asks them to log in instead of showing a 403 they cannot do anything about.
     */
    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ModelAndView accessDenied(AccessDeniedException e, HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || TRUST.isAnonymous(authentication)) {
            throw e;
        }
        return page("error/403", HttpStatus.FORBIDDEN, request);
    }

    /**
     * A conflict mostly follows a form post, whose URL need not answer a GET: the link back goes to the page the form
     * was on, taken from the Referer header, and only when that is a page of this application: its origin is the
     * configured base URL, not the request's Host, which the client chooses.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView conflict(HttpServletRequest request) {
        var page = page("error/409", HttpStatus.CONFLICT, request);
        page.addObject("back", sameOriginReferer(request));
        return page;
    }

    private String sameOriginReferer(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        String origin = properties.link(request.getContextPath());
        if (referer == null || !referer.startsWith(origin + "/")) {
            return null;
        }
        return referer.substring(origin.length() - request.getContextPath().length());
    }

    /** An exception handler's model skips the {@code @ModelAttribute} methods: add what the layout reads. */
    private static ModelAndView page(String view, HttpStatus status, HttpServletRequest request) {
        var page = new ModelAndView(view, status);
        page.addObject("currentPath", LayoutModel.pathOf(request));
        return page;
    }
}
