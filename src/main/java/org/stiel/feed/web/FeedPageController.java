package org.stiel.feed.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stiel.accounts.StielUser;
import org.stiel.feed.Feed;
import org.stiel.feed.FeedEntry;
import org.stiel.network.NetworkId;

/** What's new in the current network, a page at a time. */
@Controller
class FeedPageController {

    static final int PAGE_SIZE = 50;

    /** The networks are Flemish: times read as local times there, whatever the server's zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final Feed feed;

    FeedPageController(Feed feed) {
        this.feed = feed;
    }

    @GetMapping("/feed")
    String feed(@AuthenticationPrincipal StielUser user, @RequestParam(required = false) Instant before, Model model) {
        NetworkId network = user.networkId();
        List<FeedEntry> entries =
                before == null ? feed.latest(network, PAGE_SIZE) : feed.before(network, before, PAGE_SIZE);
        model.addAttribute(
                "entries",
                entries.stream()
                        .map(e -> new Line(e, ZonedDateTime.ofInstant(e.occurredAt(), ZONE)))
                        .toList());
        model.addAttribute(
                "older",
                entries.size() == PAGE_SIZE
                        ? entries.get(entries.size() - 1).occurredAt().toString()
                        : null);
        return "feed/feed";
    }

    /** An entry with its time in the network's zone, for display. */
    record Line(FeedEntry entry, ZonedDateTime at) {}
}
