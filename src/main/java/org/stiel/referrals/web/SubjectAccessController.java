package org.stiel.referrals.web;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.StielUser;
import org.stiel.platform.StielTime;
import org.stiel.referrals.Referrals;
import org.stiel.referrals.SubjectAccess;
import org.stiel.referrals.SubjectAccessReport;

/**
 * A family asks a partner what it holds about them, or to be forgotten. The contact person's phone or e-mail travels
 * in POST bodies only, never in a URL (URLs end up in logs and browser histories).
 */
@Controller
@RequestMapping("/referrals/subject-access")
class SubjectAccessController {

    private final Referrals referrals;
    private final SubjectAccess subjectAccess;
    private final SubjectAccessPdf pdf;

    SubjectAccessController(Referrals referrals, SubjectAccess subjectAccess, SubjectAccessPdf pdf) {
        this.referrals = referrals;
        this.subjectAccess = subjectAccess;
        this.pdf = pdf;
    }

    @GetMapping
    String form(@AuthenticationPrincipal StielUser user) {
        ReferralPageController.requireStaff(referrals, user);
        return "referrals/subject-access";
    }

    @PostMapping
    String find(@AuthenticationPrincipal StielUser user, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("report", subjectAccess.report(user, q));
        model.addAttribute("q", q);
        model.addAttribute("zone", StielTime.ZONE);
        return "referrals/subject-access";
    }

    @PostMapping("/export.json")
    @ResponseBody
    ResponseEntity<SubjectAccessReport> json(
            @AuthenticationPrincipal StielUser user, @RequestParam(defaultValue = "") String q) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("stiel-referrals.json"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(subjectAccess.report(user, q));
    }

    @PostMapping("/export.pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal StielUser user, @RequestParam(defaultValue = "") String q, Locale locale) {
        byte[] body = pdf.render(subjectAccess.report(user, q), locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("stiel-referrals.pdf"))
                .contentType(MediaType.APPLICATION_PDF)
                .body(body);
    }

    @PostMapping("/erase")
    String erase(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        ReferralPageController.requireStaff(referrals, user);
        if (!confirm) {
            redirect.addFlashAttribute("flash", "referrals.erase.unconfirmed");
            return "redirect:/referrals/subject-access";
        }
        int count = subjectAccess.erase(user, q);
        redirect.addFlashAttribute("erased", count);
        redirect.addFlashAttribute("flash", "referrals.flash.erased");
        return "redirect:/referrals/subject-access";
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
