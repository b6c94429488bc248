package org.stiel.accounts.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Invitations;
import org.stiel.accounts.MemberView;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;
import org.stiel.platform.web.PageLinks;

/**
 * The people of the current network. Everyone sees names and roles; e-mail addresses, invitations and changes are
 * for coordinators.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class MembersController {

    /** Partner staff are invited from their partner's page, where the partner is known. */
    static final List<NetworkRole> INVITABLE =
            List.of(NetworkRole.COORDINATOR, NetworkRole.STEERING_GROUP, NetworkRole.VOLUNTEER);

    private final Accounts accounts;
    private final Invitations invitations;

    MembersController(Accounts accounts, Invitations invitations) {
        this.accounts = accounts;
        this.invitations = invitations;
    }

    /** The members a page at a time, by name; htmx asks for the next rows alone ("more"). */
    @GetMapping("/members")
    String members(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var members = members(user, Paging.of(after, size), model);
        model.addAttribute("next", PageLinks.next(request, members));
        if (htmx.isHtmxRequest() && after != null) {
            return "accounts/members :: rows";
        }
        return page(user, new InviteForm(null, NetworkRole.VOLUNTEER), model);
    }

    @PostMapping("/members/invitations")
    @PreAuthorize("hasRole('COORDINATOR')")
    String invite(
            @AuthenticationPrincipal StielUser user,
            @Valid @ModelAttribute("inviteForm") InviteForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.role() != null && !INVITABLE.contains(form.role())) {
            result.rejectValue("role", "members.invite.role.invalid");
        }
        if (result.hasErrors()) {
            var members = members(user, Paging.first(), model);
            // the "more" link goes to the list's own URL, not to this form's
            model.addAttribute("next", members.hasNext() ? "/members?after=" + members.nextToken() : null);
            return page(user, form, model);
        }
        invitations.invite(user, form.email(), form.role(), Optional.empty());
        redirect.addFlashAttribute("flash", "members.invited");
        return "redirect:/members";
    }

    @PostMapping("/members/{id}/remove")
    @PreAuthorize("hasRole('COORDINATOR')")
    String remove(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        accounts.removeMember(user, new UserId(id));
        redirect.addFlashAttribute("flash", "members.removed");
        return "redirect:/members";
    }

    @PostMapping("/members/invitations/{id}/withdraw")
    @PreAuthorize("hasRole('COORDINATOR')")
    String withdraw(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        invitations.withdraw(user, id);
        redirect.addFlashAttribute("flash", "members.withdrawn");
        return "redirect:/members";
    }

    private ListPage<MemberView> members(StielUser user, Paging paging, Model model) {
        var members = accounts.members(user.networkId(), paging);
        model.addAttribute("members", members.items());
        model.addAttribute("coordinator", Roles.coordinator(user));
        model.addAttribute("me", user.id());
        return members;
    }

    private String page(StielUser user, InviteForm form, Model model) {
        boolean coordinator = Roles.coordinator(user);
        if (coordinator) {
            model.addAttribute("pending", invitations.pending(user.networkId()));
            model.addAttribute("inviteForm", form);
            model.addAttribute("roles", INVITABLE);
        }
        return "accounts/members";
    }
}
