package org.stiel.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.PasswordResets;

/** "Forgot your password" and the page behind the reset link. */
@Controller
class PasswordController {

    private final PasswordResets resets;
    private final Accounts accounts;

    PasswordController(PasswordResets resets, Accounts accounts) {
        this.resets = resets;
        this.accounts = accounts;
    }

    @GetMapping("/password/forgot")
    String forgot() {
        return "accounts/password-forgot";
    }

    /**
     * Always the same answer, whether or not the address has an account; "too many requests" only counts the
     * requests of this client, whatever the address.
     */
    @PostMapping("/password/forgot")
    String requested(
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (resets.request(email, request.getRemoteAddr())) {
            model.addAttribute("sent", true);
        } else {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("tooMany", true);
        }
        return "accounts/password-forgot";
    }

    @GetMapping("/password/reset/{token}")
    String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!resets.valid(token)) {
            return invalid(response);
        }
        model.addAttribute("form", NewPasswordForm.empty());
        return "accounts/password-reset";
    }

    @PostMapping("/password/reset/{token}")
    String reset(
            @PathVariable String token,
            @ModelAttribute("form") NewPasswordForm form,
            BindingResult result,
            HttpServletResponse response) {
        var email = resets.emailFor(token);
        if (email.isEmpty()) {
            return invalid(response);
        }
        accounts.passwordProblem(form.password(), email.get()).ifPresent(key -> result.rejectValue("password", key));
        if (!result.hasFieldErrors("password") && !Objects.equals(form.password(), form.repeat())) {
            result.rejectValue("repeat", "password.repeat.different");
        }
        if (result.hasErrors()) {
            return "accounts/password-reset";
        }
        if (!resets.reset(token, form.password())) {
            return invalid(response);
        }
        return "redirect:/login?reset";
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "accounts/password-reset-invalid";
    }
}
