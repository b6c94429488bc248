package org.stiel.partners.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;

/**
 * Renders the error pages of the partner pages directly instead of relying on the container's error dispatch: the
 * status and the page are then the same in every servlet container and in MockMvc tests.
 */
@ControllerAdvice(assignableTypes = {PartnerPageController.class, CoveragePageController.class})
class PartnerPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden() {
        return new ModelAndView("error/403", HttpStatus.FORBIDDEN);
    }
}
