package org.stiel.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String throttled, HttpServletResponse response) {
        if (throttled != null) {
            response.setStatus(429);
        }
        return "accounts/login";
    }
}
