package org.stiel.platform.web;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.platform.RuleViolation;

/**
 * The one sequence of a form post: the form was validated ({@code @Valid} + {@link BindingResult}); with errors the
 * page is shown again; otherwise the action runs, and a {@link RuleViolation} it throws is put on its field (or on
 * the form) and the page shown again; on success the user is sent on, usually with a flash message.
 *
 * <pre>{@code
 * return FormFlow.submit(binding, () -> formPage(model),
 *         () -> bodies.create(user, form),
 *         id -> FormFlow.redirect(redirect, "governance.body.created", "/governance/bodies/" + id.value()));
 * }</pre>
 */
public final class FormFlow {

    private FormFlow() {}

    /**
     * @param showForm renders the form again (with the binding result's errors)
     * @param action the change; its result is handed to {@code done}
     * @param done where to go after the change, usually {@link #redirect}
     */
    public static <T> String submit(
            BindingResult binding, Supplier<String> showForm, Supplier<T> action, Function<T, String> done) {
        if (binding.hasErrors()) {
            return showForm.get();
        }
        T result;
        try {
            result = action.get();
        } catch (RuleViolation violation) {
            reject(binding, violation);
            return showForm.get();
        }
        return done.apply(result);
    }

    /** {@link #submit} for a change that returns nothing. */
    public static String run(BindingResult binding, Supplier<String> showForm, Runnable action, Supplier<String> done) {
        return submit(
                binding,
                showForm,
                () -> {
                    action.run();
                    return null;
                },
                ignored -> done.get());
    }

    /**
     * A change without a form to show again (a button): success is a flash message on the page the user is sent to
     * ({@code flash}, the layout's success alert); a {@link RuleViolation} is one too, as {@code flashError}, which
     * the layout shows as a warning that is announced ({@code role="alert"}), so that a refusal never looks done.
     *
     * @return {@code "redirect:" + path}
     */
    public static String act(RedirectAttributes redirect, String path, Runnable action, String flashKey) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flashKey);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute(FLASH_ERROR, violation.messageKey());
        }
        return "redirect:" + path;
    }

    /** The flash attribute of a refusal: a message key the layout shows in its warning alert. */
    public static final String FLASH_ERROR = "flashError";

    /** A flash message (a key of the messages) and a redirect to a path of the application. */
    public static String redirect(RedirectAttributes redirect, String flashKey, String path) {
        redirect.addFlashAttribute("flash", flashKey);
        return "redirect:" + path;
    }

    /**
     * Puts the violation on its field, or on the form when it names none. A field the form does not have is a
     * programming error and fails loudly, as Spring does.
     */
    public static void reject(BindingResult binding, RuleViolation violation) {
        violation
                .field()
                .ifPresentOrElse(
                        field -> binding.rejectValue(field, violation.messageKey(), violation.arguments(), null),
                        () -> binding.reject(violation.messageKey(), violation.arguments(), null));
    }
}
