package org.stiel.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds the one-time token ({@link FormOnceInterceptor}) to every form a template renders with {@code th:action},
 * beside the CSRF field that the wrapped processor (Spring Security's) adds: no template needs to know. Thymeleaf
 * asks for these hidden fields once per form, so each form on a page gets a token of its own.
 */
class FormOnceHiddenField implements RequestDataValueProcessor {

    /** Set while Thymeleaf renders a form that does not change anything, which gets no token. */
    private static final String SAFE_FORM = FormOnceHiddenField.class.getName() + ".safe";

    private static final Pattern SAFE_METHODS = Pattern.compile("(?i)GET|HEAD|TRACE|OPTIONS");

    private final RequestDataValueProcessor delegate;

    FormOnceHiddenField(RequestDataValueProcessor delegate) {
        this.delegate = delegate;
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> delegated = delegate.getExtraHiddenFields(request);
        if (delegated != null) {
            fields.putAll(delegated);
        }
        if (request.getAttribute(SAFE_FORM) != null) {
            return fields;
        }
        // random, not derived from anything: a token says nothing and cannot be guessed to block another's form
        fields.put(FormOnceInterceptor.PARAMETER, UUID.randomUUID().toString());
        return fields;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        // Thymeleaf calls this before it asks for the hidden fields of the same form (Spring Security relies on it
        // too); a form without a method is a GET form
        if (httpMethod == null || SAFE_METHODS.matcher(httpMethod).matches()) {
            request.setAttribute(SAFE_FORM, Boolean.TRUE);
        } else {
            request.removeAttribute(SAFE_FORM);
        }
        return delegate.processAction(request, action, httpMethod);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return delegate.processUrl(request, url);
    }
}
