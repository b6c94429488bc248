package org.stiel.offer.site.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.FragmentsRendering;
import org.stiel.network.Networks;
import org.stiel.offer.OfferCatalog;
import org.stiel.offer.OfferQuery;
import org.stiel.platform.NotFoundException;

/** The families' search of the offer: public, one URL for the page and for the results alone. */
@Controller
class FamilySearchController {

    private final OfferCatalog catalog;
    private final Networks networks;
    private final SiteModel site;

    FamilySearchController(OfferCatalog catalog, Networks networks, SiteModel site) {
        this.catalog = catalog;
        this.networks = networks;
        this.site = site;
    }

    /**
     * htmx asks for the results while one types; a browser without JavaScript submits the same GET form and gets the
     * page; either URL can be shared. A value that does not convert (age=abc) is ignored rather than refused: a
     * family gets results, not an error, and a notice next to them says what was left out or changed.
     */
    @GetMapping("/aanbod")
    ModelAndView search(
            @ModelAttribute("search") SearchForm form,
            BindingResult unreadable,
            HtmxRequest htmx,
            Model model,
            HttpServletResponse response) {
        OfferQuery query = form.toQuery();
        model.addAttribute("query", query);
        model.addAttribute("notices", form.notices(unreadable, query));
        site.requireNetwork(query.network());
        var results = catalog.search(query);
        model.addAttribute("results", results);
        model.addAttribute("cards", site.cards(results.offers()));
        site.addLinks(model, query);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
            return new ModelAndView(FragmentsRendering.fragment("offer/site/search :: results")
                    .fragment("offer/site/search :: count")
                    .build());
        }
        site.addChoices(model, query, networks.names());
        return new ModelAndView("offer/site/search");
    }

    static NotFoundException notFound() {
        return new NotFoundException("Offer");
    }
}
