package org.stiel.governance.web;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.governance.AgreementForm;
import org.stiel.governance.AgreementId;
import org.stiel.governance.Agreements;
import org.stiel.platform.RuleViolation;
import org.stiel.platform.StielTime;
import org.stiel.platform.web.FormFlow;

/**
 * Cooperation agreements: every member sees the list, the coordinator and the partner's own staff read one, the
 * coordinator enters and renews them and attaches the signed PDF.
 */
@Controller
@RequestMapping("/governance/agreements")
class AgreementPageController {

    private final Agreements agreements;
    private final Clock clock;

    AgreementPageController(Agreements agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal StielUser user, Model model) {
        var all = agreements.list(user.networkId());
        model.addAttribute("agreements", all);
        model.addAttribute("canManage", Roles.coordinator(user));
        model.addAttribute(
                "readable",
                all.stream()
                        .filter(a -> agreements.canRead(user, a.partner()))
                        .map(a -> a.id().value())
                        .toList());
        return "governance/agreements";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("agreement", agreements.get(user, new AgreementId(id)));
        model.addAttribute("canManage", Roles.coordinator(user));
        model.addAttribute("maxMegabytes", Agreements.MAX_DOCUMENT_BYTES / (1024 * 1024));
        return "governance/agreement";
    }

    @GetMapping("/new")
    String newAgreement(@AuthenticationPrincipal StielUser user, Model model) {
        Require.coordinator(user);
        var today = StielTime.today(clock);
        model.addAttribute(
                "form",
                new AgreementForm(null, null, null, today, today.plusYears(3).minusDays(1), null));
        return page(user, model, null);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal StielUser user,
            @Validated({Default.class, AgreementForm.New.class}) @ModelAttribute("form") AgreementForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Require.coordinator(user);
        return FormFlow.submit(
                binding,
                () -> page(user, model, null),
                () -> agreements.create(user, form),
                id -> FormFlow.redirect(
                        redirect, "governance.agreement.created", "/governance/agreements/" + id.value()));
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, Model model) {
        var form = agreements.form(user, new AgreementId(id));
        Require.coordinator(user);
        model.addAttribute("form", form);
        return page(user, model, new AgreementId(id));
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var agreementId = new AgreementId(id);
        var current = agreements.get(user, agreementId);
        Require.coordinator(user);
        // the partner stays: the page shows the agreement's own
        form.setPartnerId(current.partner().value());
        return FormFlow.run(
                binding,
                () -> page(user, model, agreementId),
                () -> agreements.update(user, agreementId, form),
                () -> FormFlow.redirect(redirect, "saved", "/governance/agreements/" + id));
    }

    @PostMapping("/{id}/document")
    String attach(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID id,
            @RequestParam("file") MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var agreementId = new AgreementId(id);
        agreements.get(user, agreementId);
        Require.coordinator(user);
        try {
            agreements.attach(user, agreementId, file.getOriginalFilename(), file.getBytes());
        } catch (RuleViolation e) {
            model.addAttribute("documentError", e.messageKey());
            return detail(user, id, model);
        }
        redirect.addFlashAttribute("flash", "governance.document.attached");
        return "redirect:/governance/agreements/" + id;
    }

    /** Always a download: a PDF shown inline would run in the application's origin. */
    @GetMapping("/{id}/document")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        var document = agreements.document(user, new AgreementId(id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName())
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(document.content());
    }

    private String page(StielUser user, Model model, AgreementId id) {
        model.addAttribute("agreementId", id);
        if (id == null) {
            model.addAttribute("partners", agreements.partnersWithout(user.networkId()));
        } else {
            model.addAttribute("agreement", agreements.get(user, id));
        }
        return "governance/agreement-form";
    }
}
