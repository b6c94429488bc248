package org.stiel.partners.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stiel.accounts.StielUser;
import org.stiel.partners.Partners;

/** Which life domains the partners cover in which municipality, so that a coordinator sees the gaps. */
@Controller
class CoveragePageController {

    private final Partners partners;

    CoveragePageController(Partners partners) {
        this.partners = partners;
    }

    @GetMapping("/partners/coverage")
    String coverage(@AuthenticationPrincipal StielUser user, Model model) {
        model.addAttribute("coverage", partners.coverage(user.networkId()));
        return "partners/coverage";
    }
}
