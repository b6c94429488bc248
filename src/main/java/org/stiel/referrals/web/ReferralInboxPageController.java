package org.stiel.referrals.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stiel.accounts.StielUser;
import org.stiel.offer.OfferId;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;
import org.stiel.platform.StielTime;
import org.stiel.platform.web.PageLinks;
import org.stiel.referrals.Box;
import org.stiel.referrals.ReferralInbox;
import org.stiel.referrals.ReferralLine;
import org.stiel.referrals.Referrals;

/**
 * The lists of partner staff: the inbox by tab, the sent list and the notifications, each a page at a time. One
 * referral and the new-referral form are in {@link ReferralPageController}.
 */
@Controller
@RequestMapping("/referrals")
class ReferralInboxPageController {

    private final Referrals referrals;
    private final ReferralInbox inbox;

    ReferralInboxPageController(Referrals referrals, ReferralInbox inbox) {
        this.referrals = referrals;
        this.inbox = inbox;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return StielTime.ZONE;
    }

    /**
     * One tab of the inbox, a page at a time. An htmx request for a next page gets its rows alone (they end with the
     * next "more" row); without JavaScript the "more" link is a plain link to the next page.
     */
    @GetMapping
    String inbox(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) Box box,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) UUID service,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        if (!referrals.isStaff(user) && referrals.canUse(user)) {
            return "redirect:/referrals/dashboard";
        }
        Box shown = box == null ? Box.NEW : box;
        var page = inbox.received(
                user, shown, mine, service == null ? null : new OfferId(service), Paging.of(after, size));
        if (rowsOnly(htmx, after, page, request, model, false)) {
            return "referrals/fields :: rows";
        }
        model.addAttribute("box", shown);
        model.addAttribute("mine", mine);
        model.addAttribute("service", service);
        model.addAttribute("serviceCounts", inbox.serviceCounts(user));
        model.addAttribute("boxes", Box.values());
        var counts = inbox.counts(user);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "boxCounts",
                java.util.Map.of(
                        Box.NEW, counts.fresh(), Box.IN_PROGRESS, counts.inProgress(), Box.CLOSED, counts.closed()));
        model.addAttribute("notices", inbox.latestNotices(user));
        return "referrals/inbox";
    }

    @GetMapping("/sent")
    String sent(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) Box box,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var page = inbox.sent(user, box, Paging.of(after, size));
        if (rowsOnly(htmx, after, page, request, model, true)) {
            return "referrals/fields :: rows";
        }
        model.addAttribute("box", box);
        model.addAttribute("boxes", Box.values());
        return "referrals/sent";
    }

    /** Puts a page of lines in the model; answers whether the request asks for the next rows alone (htmx). */
    private static boolean rowsOnly(
            HtmxRequest htmx,
            String after,
            ListPage<ReferralLine> page,
            HttpServletRequest request,
            Model model,
            boolean sent) {
        model.addAttribute("lines", page.items());
        model.addAttribute("sent", sent);
        model.addAttribute("next", PageLinks.next(request, page));
        return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() && after != null;
    }

    /** Every notification of the reader's partner, read or not, newest first, a page at a time. */
    @GetMapping("/notifications")
    String notifications(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var page = inbox.notifications(user, Paging.of(after, size));
        model.addAttribute("notices", page.items());
        model.addAttribute("next", PageLinks.next(request, page));
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() && after != null) {
            return "referrals/notifications :: items";
        }
        model.addAttribute("unread", inbox.counts(user).unreadNotifications());
        return "referrals/notifications";
    }

    @PostMapping("/notifications/read")
    String notificationsRead(@AuthenticationPrincipal StielUser user, @RequestParam(required = false) String back) {
        inbox.markNotificationsRead(user);
        // only our own page may be the way back: never a URL from the request
        return "notifications".equals(back) ? "redirect:/referrals/notifications" : "redirect:/referrals";
    }
}
