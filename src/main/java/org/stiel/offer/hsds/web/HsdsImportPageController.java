package org.stiel.offer.hsds.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
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
import org.stiel.platform.ForbiddenException;

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

    @GetMapping
    String form(@AuthenticationPrincipal StielUser user) {
        require(user);
        return "offer/hsds/import";
    }

    @PostMapping
    String upload(@AuthenticationPrincipal StielUser user, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        require(user);
        if (file.isEmpty()) {
            model.addAttribute("fileError", true);
            return "offer/hsds/import";
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        var job = exchange.upload(user, name.replaceAll("[^\\w. -]", "_"), file.getBytes());
        return "redirect:/hsds/import/" + job.id();
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
