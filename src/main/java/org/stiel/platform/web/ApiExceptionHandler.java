package org.stiel.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.stiel.platform.BadRequestException;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.RuleViolation;

/**
 * Every error of the JSON API as RFC 9457 problem JSON. Applies to {@code @RestController}s only; pages get the error
 * templates.
 *
 * <p>First in the order: a {@code @RestController} is a {@code @Controller} too, so {@link PageExceptionHandler}
 * would otherwise be a candidate for the same exceptions.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "error.404.detail");
    }

    /** A link or parameter Stiel cannot follow (a tampered paging cursor): said in the reader's words. */
    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
        problem.setType(URI.create("https://stiel.example/problems/bad-request"));
        return problem;
    }

    /**
     * A business rule refused the request: 422, the rule in the reader's words as the detail, and the field it is
     * about (when it is about one) as {@code field} and in {@code errors}, like a field of a failed validation.
     */
    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        String message = messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, message);
        problem.setType(URI.create("https://stiel.example/problems/rule"));
        problem.setTitle(messages.getMessage("error.rule.title", null, LocaleContextHolder.getLocale()));
        e.field().ifPresent(field -> {
            problem.setProperty("field", field);
            problem.setProperty("errors", Map.of(field, message));
        });
        return problem;
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "error.403.detail");
    }

    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "error.409.detail");
    }

    /** A unique constraint refused the change: it would duplicate something that exists (or was just added). */
    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "duplicate", "error.duplicate.detail");
    }

    /**
     * Everything no other handler answers, so that API clients get problem JSON rather than the HTML error page.
     * Logged without request data (path, parameters, body may hold personal data); the stack trace says where.
     * Spring MVC's own exceptions still get their status from {@link ResponseEntityExceptionHandler}'s more
     * specific handlers.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected exception in an API request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "error.500.detail");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "validation", "error.validation.detail");
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getBindingResult()
                .getFieldErrors()
                .forEach(error -> errors.putIfAbsent(
                        error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale())));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A NUL in a text of the body ({@link JsonTextConfiguration}) is said as such, like one in the query string. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonTextConfiguration.NulInText) {
                log.info("Refused a JSON body with a NUL character in a text");
                return ResponseEntity.badRequest()
                        .body(problem(HttpStatus.BAD_REQUEST, "bad-request", RequestCharactersFilter.MESSAGE));
            }
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    private ProblemDetail problem(HttpStatus status, String type, String detailKey) {
        var problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(detailKey, null, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("https://stiel.example/problems/" + type));
        return problem;
    }
}
