package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import org.stiel.platform.RuleViolation;

/** The page flow of a form post: what the user sees after invalid input, a refused rule and success. */
class FormFlowTests {

    /** A form as a page posts it. */
    public record NameForm(String name) {}

    final NameForm form = new NameForm("Stuurgroep");
    final BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "form");
    final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

    @Test
    void aRuleViolationBecomesAnErrorNextToItsFieldAndTheFormIsShownAgain() {
        String view = FormFlow.submit(
                binding,
                () -> "form-page",
                () -> {
                    throw RuleViolation.on("name", "governance.body.name.taken", "Stuurgroep");
                },
                id -> FormFlow.redirect(redirect, "created", "/bodies/" + id));

        assertThat(view).isEqualTo("form-page");
        var error = binding.getFieldError("name");
        assertThat(error).isNotNull();
        assertThat(error.getCode()).isEqualTo("governance.body.name.taken");
        assertThat(error.getArguments()).containsExactly("Stuurgroep");
        assertThat(error.getRejectedValue()).isEqualTo("Stuurgroep");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aRuleAboutTheWholeFormIsAGlobalError() {
        FormFlow.run(
                binding,
                () -> "form-page",
                () -> {
                    throw RuleViolation.of("planning.goal.invalid");
                },
                () -> "redirect:/elsewhere");

        assertThat(binding.getGlobalError()).isNotNull();
        assertThat(binding.getGlobalError().getCode()).isEqualTo("planning.goal.invalid");
        assertThat(binding.hasFieldErrors()).isFalse();
    }

    @Test
    void invalidInputShowsTheFormWithoutRunningTheAction() {
        binding.rejectValue("name", "NotBlank");
        boolean[] ran = {false};

        String view = FormFlow.run(binding, () -> "form-page", () -> ran[0] = true, () -> "redirect:/done");

        assertThat(view).isEqualTo("form-page");
        assertThat(ran[0]).isFalse();
    }

    @Test
    void successFlashesAndRedirects() {
        String view = FormFlow.submit(
                binding,
                () -> "form-page",
                () -> 42,
                id -> FormFlow.redirect(redirect, "governance.body.created", "/bodies/" + id));

        assertThat(view).isEqualTo("redirect:/bodies/42");
        assertThat(redirect.getFlashAttributes().get("flash")).isEqualTo("governance.body.created");
    }

    @Test
    void aButtonsRuleViolationIsFlashedAsAnErrorOnThePageTheUserReturnsTo() {
        String view = FormFlow.act(
                redirect,
                "/bodies/1",
                () -> {
                    throw RuleViolation.of("governance.member.leave.invalid");
                },
                "governance.member.left");

        assertThat(view).isEqualTo("redirect:/bodies/1");
        assertThat(redirect.getFlashAttributes().get("flashError")).isEqualTo("governance.member.leave.invalid");
        // never in the success alert
        assertThat(redirect.getFlashAttributes()).doesNotContainKey("flash");
    }
}
