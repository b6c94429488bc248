package org.stiel.insight.web;

import static org.stiel.platform.StielTime.ZONE;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.Require;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.insight.ContextImports;
import org.stiel.insight.ContextImports.ImportState;
import org.stiel.insight.ImportForm;
import org.stiel.insight.ImportKind;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;
import org.stiel.platform.web.FormFlow;
import org.stiel.platform.web.PageLinks;

/**
 * The coordinator's imports of context figures: upload, a progress bar while the file is read (htmx polls the
 * import's state; without JavaScript a link looks again), the preview, the confirmation, and the history.
 */
@Controller
@RequestMapping("/insight/imports")
class ImportsController {

    private final ContextImports imports;

    ImportsController(ContextImports imports) {
        this.imports = imports;
    }

    @GetMapping
    String form(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        Require.coordinator(user);
        model.addAttribute("importForm", new ImportForm());
        history(user, Paging.of(after, size), request, model);
        return htmx.isHtmxRequest() && after != null ? "insight/imports :: historyRows" : "insight/imports";
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal StielUser user,
            @Valid @ModelAttribute("importForm") ImportForm form,
            BindingResult binding,
            @RequestParam(value = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            Model model)
            throws IOException {
        Require.coordinator(user);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "insight.import.file.empty");
        }
        if (binding.hasErrors() || file == null || file.isEmpty()) {
            return formAgain(user, request, model);
        }
        try (var content = file.getInputStream()) {
            UUID id = imports.upload(user, form.getKind(), file.getOriginalFilename(), form.getYear(), content);
            return "redirect:/insight/imports/" + id;
        } catch (RuleViolation violation) {
            if (violation.field().filter("file"::equals).isPresent()) {
                model.addAttribute("fileError", violation.messageKey());
            } else {
                FormFlow.reject(binding, violation);
            }
            return formAgain(user, request, model);
        }
    }

    private String formAgain(StielUser user, HttpServletRequest request, Model model) {
        var page = history(user, Paging.first(), request, model);
        // the "more" link of the history goes to the list's own address, not to this post's
        model.addAttribute("next", page.hasNext() ? "/insight/imports?after=" + page.nextToken() : null);
        return "insight/imports";
    }

    private ListPage<ImportState> history(StielUser user, Paging paging, HttpServletRequest request, Model model) {
        var page = imports.history(user, paging);
        var names = imports.names(
                user,
                page.items().stream().map(ImportState::createdBy).distinct().toList());
        model.addAttribute(
                "history",
                page.items().stream()
                        .map(state -> new HistoryRow(
                                state,
                                names.getOrDefault(new UserId(state.createdBy()), ""),
                                ZonedDateTime.ofInstant(state.createdAt(), ZONE)))
                        .toList());
        model.addAttribute("next", PageLinks.next(request, page));
        model.addAttribute("kinds", ImportKind.values());
        return page;
    }

    /** An import of the history with who started it and when, in the network's zone. */
    record HistoryRow(ImportState state, String by, ZonedDateTime at) {}

    /** The import's page; htmx asks for the progress alone, and for the whole page again once the file is read. */
    @GetMapping("/{id}")
    String show(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var state = imports.get(user, id);
        model.addAttribute("job", state);
        if (htmx.isHtmxRequest() && after == null) {
            if (!state.reading()) {
                // read: the preview replaces the progress bar, so the whole page loads again
                response.setHeader("HX-Refresh", "true");
            }
            return "insight/import :: progress";
        }
        var figures = imports.figures(user, id, Paging.of(after, size));
        model.addAttribute("figures", figures.items());
        model.addAttribute("next", PageLinks.next(request, figures));
        if (htmx.isHtmxRequest()) {
            return "insight/import :: figureRows";
        }
        model.addAttribute("issues", imports.issues(user, id));
        return "insight/import";
    }

    @PostMapping("/{id}/confirm")
    String confirm(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return FormFlow.act(
                redirect, "/insight/imports/" + id, () -> imports.confirm(user, id), "insight.import.confirmed");
    }
}
