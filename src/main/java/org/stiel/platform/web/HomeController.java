package org.stiel.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after login: members land on the partner directory, an admin without a network on the networks,
 * and someone who belongs to no network (any more) on a page that says so.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication) {
        if (has(authentication, "ROLE_MEMBER")) {
            return "redirect:/partners";
        }
        if (has(authentication, "ROLE_ADMIN")) {
            return "redirect:/admin/networks";
        }
        return "platform/no-network";
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(authority));
    }
}
