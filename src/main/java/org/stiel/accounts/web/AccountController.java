package org.stiel.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.stiel.accounts.DigestSubscriptions;
import org.stiel.accounts.PersonalAccessTokens;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;

/** A person's own account: memberships, password and personal access tokens of the current network. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final PersonalAccessTokens tokens;
    private final DigestSubscriptions digests;

    AccountController(Accounts accounts, PersonalAccessTokens tokens, DigestSubscriptions digests) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.digests = digests;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal StielUser user, Model model) {
        return page(user, ChangePasswordForm.empty(), TokenForm.empty(), model);
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal StielUser user,
            @ModelAttribute("passwordForm") ChangePasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        var problem =
                accounts.changePassword(user.id(), form.currentPassword(), form.newPassword(), request.getRemoteAddr());
        if (problem.isPresent()) {
            result.rejectValue(problem.get().field(), problem.get().messageKey());
            return page(user, form, TokenForm.empty(), model);
        }
        redirect.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/account";
    }

    /** The secret is shown on this answer only; it is not stored and cannot be shown again. */
    @PostMapping("/account/tokens")
    String createToken(
            @AuthenticationPrincipal StielUser user,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model) {
        if (result.hasErrors()) {
            return page(user, ChangePasswordForm.empty(), form, model);
        }
        model.addAttribute("name", form.name().strip());
        model.addAttribute("secret", tokens.create(user, form.name()));
        return "accounts/token-created";
    }

    /** The weekly digest of what's new, for the networks ticked (none ticked: none). */
    @PostMapping("/account/digest")
    String chooseDigest(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(name = "networks", required = false) Set<UUID> networks,
            RedirectAttributes redirect) {
        digests.choose(
                user,
                networks == null
                        ? Set.of()
                        : networks.stream().map(NetworkId::new).collect(Collectors.toSet()));
        redirect.addFlashAttribute("flash", "account.digest.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute("flash", "account.token.revoked");
        return "redirect:/account";
    }

    private String page(StielUser user, ChangePasswordForm passwordForm, TokenForm tokenForm, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("passwordForm", passwordForm);
        model.addAttribute("tokenForm", tokenForm);
        model.addAttribute(
                "digest",
                digests.networksOf(user).stream().map(NetworkId::value).collect(Collectors.toSet()));
        if (user.current().isPresent()) {
            model.addAttribute("tokens", tokens.list(user));
        }
        return "accounts/account";
    }
}
