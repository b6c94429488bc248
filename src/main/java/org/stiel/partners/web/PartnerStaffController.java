package org.stiel.partners.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.Invitations;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Require;
import org.stiel.accounts.StielUser;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/**
 * A coordinator invites someone to work for a partner in the network: the only way partner staff are tied to their
 * organisation, so that nobody can claim a partner by themselves.
 */
@Controller
class PartnerStaffController {

    /** The e-mail address of the person to invite. */
    static class StaffInvitation {

        @NotBlank(message = "{stiel.required}")
        @Email(message = "{stiel.email}")
        @Size(max = 200, message = "{stiel.size.max}")
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    private final Partners partners;
    private final Invitations invitations;
    private final PartnerPageController pages;

    PartnerStaffController(Partners partners, Invitations invitations, PartnerPageController pages) {
        this.partners = partners;
        this.invitations = invitations;
        this.pages = pages;
    }

    @PostMapping("/partners/{id}/staff")
    String invite(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @Validated @ModelAttribute("staffInvitation") StaffInvitation invitation,
            BindingResult errors,
            org.springframework.ui.Model model,
            RedirectAttributes redirect) {
        var partnerId = new PartnerId(id);
        // 404 for another network's partner comes first, then 403 for anyone but a coordinator
        partners.get(user.networkId(), partnerId);
        Require.coordinator(user);
        if (errors.hasErrors()) {
            return pages.detail(user, id, model);
        }
        invitations.invite(user, invitation.getEmail(), NetworkRole.PARTNER_STAFF, Optional.of(partnerId.value()));
        redirect.addFlashAttribute("flash", "partners.staff.invited");
        return "redirect:/partners/" + id;
    }
}
