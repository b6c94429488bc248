package org.stiel.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpServletRequest request, HttpServletResponse response) {
        // "?throttled" carries no value; its presence is what counts
        if (request.getParameterMap().containsKey("throttled")) {
            response.setStatus(429);
        }
        return "accounts/login";
    }
}
