package org.stiel.offer.hsds.web;

import static org.stiel.platform.StielTime.ZONE;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.stiel.accounts.StielUser;
import org.stiel.offer.hsds.HsdsExchange;
import org.stiel.platform.BadRequestException;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.Paging;
import org.stiel.platform.web.PageLinks;

/**
 * The coordinator's import page: upload, preview (created, updated, rejected and why), import with a progress bar.
 * The progress polls by htmx every second; without JavaScript the page has a link to look again.
 */
@Controller
@RequestMapping("/hsds/import")
class HsdsImportPageController {

    private final HsdsExchange exchange;

    HsdsImportPageController(HsdsExchange exchange) {
        this.exchange = exchange;
    }

    /** The upload form, and the network's earlier imports a page at a time (htmx asks for the next rows alone). */
    @GetMapping
    String form(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        require(user);
        var jobs = exchange.jobs(user, Paging.of(after, size));
        model.addAttribute(
                "jobs",
                jobs.items().stream()
                        .map(job -> new JobRow(job, ZonedDateTime.ofInstant(job.createdAt(), ZONE)))
                        .toList());
        model.addAttribute("next", PageLinks.next(request, jobs));
        return htmx.isHtmxRequest() && after != null ? "offer/hsds/import :: jobRows" : "offer/hsds/import";
    }

    /** An import with its time in the network's zone, for display. */
    record JobRow(HsdsExchange.JobLine job, ZonedDateTime at) {}

    @PostMapping
    String upload(@AuthenticationPrincipal StielUser user, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        require(user);
        if (file.isEmpty()) {
            return formWithError(user, model, new BadRequestException("hsds.import.file.empty"));
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        try {
            var job = exchange.upload(user, name.replaceAll("[^\\w. -]", "_"), file.getBytes());
            return "redirect:/hsds/import/" + job.id();
        } catch (BadRequestException e) {
            // too large to read: said next to the field
            return formWithError(user, model, e);
        }
    }

    private String formWithError(StielUser user, Model model, BadRequestException error) {
        model.addAttribute("fileError", error.messageKey());
        model.addAttribute("fileErrorArguments", error.arguments());
        var jobs = exchange.jobs(user, Paging.first());
        model.addAttribute(
                "jobs",
                jobs.items().stream()
                        .map(job -> new JobRow(job, ZonedDateTime.ofInstant(job.createdAt(), ZONE)))
                        .toList());
        // the "more" link goes to the list's own URL, not to this form's
        model.addAttribute("next", jobs.hasNext() ? "/hsds/import?after=" + jobs.nextToken() : null);
        return "offer/hsds/import";
    }

    @GetMapping("/{id}")
    String job(@AuthenticationPrincipal StielUser user, @PathVariable UUID id, HtmxRequest htmx, Model model) {
        model.addAttribute("job", exchange.job(user, id));
        return htmx.isHtmxRequest() ? "offer/hsds/job :: progress" : "offer/hsds/job";
    }

    @PostMapping("/{id}/start")
    String start(@AuthenticationPrincipal StielUser user, @PathVariable UUID id) {
        exchange.start(user, id);
        return "redirect:/hsds/import/" + id;
    }

    private static void require(StielUser user) {
        if (!HsdsExchange.canImport(user)) {
            throw new ForbiddenException("Only a coordinator imports");
        }
    }
}
