package org.stiel.feed.web;

import static org.stiel.platform.StielTime.ZONE;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZonedDateTime;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stiel.accounts.StielUser;
import org.stiel.feed.Feed;
import org.stiel.feed.FeedEntry;
import org.stiel.platform.Paging;
import org.stiel.platform.web.PageLinks;

/** What's new in the current network, a page at a time; htmx asks for the next entries alone ("more"). */
@Controller
class FeedPageController {

    private final Feed feed;

    FeedPageController(Feed feed) {
        this.feed = feed;
    }

    @GetMapping("/feed")
    String feed(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var page = feed.page(user.networkId(), Paging.of(after, size));
        model.addAttribute(
                "entries",
                page.items().stream()
                        .map(e -> new Line(e, ZonedDateTime.ofInstant(e.occurredAt(), ZONE)))
                        .toList());
        model.addAttribute("next", PageLinks.next(request, page));
        return htmx.isHtmxRequest() && after != null ? "feed/feed :: entries" : "feed/feed";
    }

    /** An entry with its time in the network's zone, for display. */
    record Line(FeedEntry entry, ZonedDateTime at) {}
}
