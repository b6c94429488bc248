package org.stiel.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: members land on the partner directory, an admin without a network on admin. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication) {
        boolean member = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_MEMBER"));
        return member ? "redirect:/partners" : "redirect:/admin/networks";
    }
}
