package org.stiel.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the path, to mark the current menu item. */
@ControllerAdvice
class LayoutModel {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return pathOf(request);
    }

    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
