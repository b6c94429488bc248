package org.stiel.home.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;

/**
 * The start page after login (the login's success URL is {@code /}): a member sees what needs them now in their role
 * in the current network; an admin without a network lands on the networks, and someone who belongs to no network
 * (any more) on a page that says so.
 */
@Controller
class HomeController {

    private final HomeSections sections;

    HomeController(HomeSections sections) {
        this.sections = sections;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        if (authentication.getPrincipal() instanceof StielUser user
                && user.role().isPresent()) {
            NetworkRole role = user.role().get();
            model.addAttribute("role", role.name());
            model.addAttribute("user", user);
            switch (role) {
                case PARTNER_STAFF -> model.addAttribute("home", sections.partnerStaff(user));
                case COORDINATOR -> model.addAttribute("home", sections.coordinator(user));
                case STEERING_GROUP -> model.addAttribute("home", sections.steeringGroup(user));
                case VOLUNTEER -> model.addAttribute("home", sections.volunteer(user));
            }
            return "home/home";
        }
        if (authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"))) {
            return "redirect:/admin/networks";
        }
        return "platform/no-network";
    }
}
