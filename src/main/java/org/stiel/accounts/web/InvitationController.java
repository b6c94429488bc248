package org.stiel.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Invitations;
import org.stiel.accounts.Invitations.InvitationView;

/**
 * The page behind an invitation link. Unknown, used and expired links get one and the same answer, so the page
 * tells nobody which links once existed.
 */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationController {

    private final Invitations invitations;
    private final Accounts accounts;

    InvitationController(Invitations invitations, Accounts accounts) {
        this.invitations = invitations;
        this.accounts = accounts;
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<InvitationView> invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("invitation", invitation.get());
        model.addAttribute("form", AcceptInvitationForm.empty());
        return "accounts/invitation";
    }

    @PostMapping
    String accept(
            @PathVariable String token,
            @ModelAttribute("form") AcceptInvitationForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        Optional<InvitationView> invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            return invalid(response);
        }
        if (!invitation.get().existingAccount()) {
            if (form.displayName() == null || form.displayName().isBlank()) {
                result.rejectValue("displayName", "invitation.name.required");
            } else if (form.displayName().length() > 200) {
                result.rejectValue("displayName", "invitation.name.too-long");
            }
            accounts.passwordProblem(form.password(), invitation.get().email())
                    .ifPresent(key -> result.rejectValue("password", key));
            if (result.hasErrors()) {
                model.addAttribute("invitation", invitation.get());
                return "accounts/invitation";
            }
        }
        if (!invitations.accept(token, form.displayName(), form.password())) {
            return invalid(response);
        }
        return "redirect:/login?invited";
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "accounts/invitation-invalid";
    }
}
