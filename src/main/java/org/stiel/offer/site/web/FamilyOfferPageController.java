package org.stiel.offer.site.web;

import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stiel.offer.OfferCatalog;
import org.stiel.offer.OfferId;
import org.stiel.offer.PublicOffer;
import org.stiel.platform.NotFoundException;

/** An offer's public page and its "add to my calendar" file. */
@Controller
class FamilyOfferPageController {

    /** The page lists this many coming dates; the .ics file holds them all. */
    static final int COMING_ON_PAGE = 8;

    static final int COMING_IN_FILE = 500;

    private final OfferCatalog catalog;
    private final MessageSource messages;
    private final SiteModel site;

    FamilyOfferPageController(OfferCatalog catalog, MessageSource messages, SiteModel site) {
        this.catalog = catalog;
        this.messages = messages;
        this.site = site;
    }

    @GetMapping("/aanbod/{id}")
    String detail(@PathVariable String id, Model model) {
        var offer = find(id);
        model.addAttribute("offer", offer);
        model.addAttribute("coming", catalog.coming(offer.id(), COMING_ON_PAGE));
        return "offer/site/detail";
    }

    @GetMapping("/aanbod/{id}.ics")
    ResponseEntity<String> ics(@PathVariable String id) {
        var offer = find(id);
        String body = CalendarFiles.write(
                offer.name(), catalog.coming(offer.id(), COMING_IN_FILE), online(), catalog.now(), site.link(""));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, CalendarFiles.MEDIA_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"aanbod-" + offer.id().value() + ".ics\"")
                .body(body);
    }

    private PublicOffer find(String id) {
        return parse(id).flatMap(catalog::find).orElseThrow(() -> new NotFoundException("Offer"));
    }

    private String online() {
        return messages.getMessage("site.online", null, LocaleContextHolder.getLocale());
    }

    /** A malformed id is "not found" like an unknown one, not a 400 that tells them apart. */
    static Optional<OfferId> parse(String id) {
        try {
            return Optional.of(new OfferId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
