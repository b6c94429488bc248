package org.stiel.meetings.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Require;
import org.stiel.accounts.StielUser;
import org.stiel.meetings.Hosts;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.Paging;
import org.stiel.platform.StielTime;
import org.stiel.platform.web.PageLinks;

/** Partners as hosts: the hosting history for everyone, and each partner's rooms and unavailable dates. */
@Controller
@RequestMapping("/meetings")
class HostsPageController {

    private final Hosts hosts;
    private final Partners partners;
    private final Clock clock;

    HostsPageController(Hosts hosts, Partners partners, Clock clock) {
        this.hosts = hosts;
        this.partners = partners;
        this.clock = clock;
    }

    /** The counts per partner and municipality, and every hosting, the newest first, 25 a page. */
    @GetMapping("/hosting")
    String history(
            @AuthenticationPrincipal StielUser user,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) Integer size,
            HtmxRequest htmx,
            HttpServletRequest request,
            Model model) {
        var page = hosts.hostings(user.networkId(), Paging.of(after, size));
        model.addAttribute("hostings", page.items());
        model.addAttribute("next", PageLinks.next(request, page));
        if (htmx.isHtmxRequest() && after != null) {
            return "meetings/hosting :: rows";
        }
        model.addAttribute("history", hosts.history(user.networkId()));
        return "meetings/hosting";
    }

    /** The coordinator picks a partner; staff go to their own. */
    @GetMapping("/hosts")
    String hostsIndex(@AuthenticationPrincipal StielUser user, Model model) {
        if (user.is(NetworkRole.PARTNER_STAFF)) {
            var own = user.current()
                    .flatMap(m -> m.partnerId())
                    .orElseThrow(() -> new ForbiddenException("Staff without a partner"));
            return "redirect:/meetings/hosts/" + own;
        }
        Require.coordinator(user);
        model.addAttribute("partners", partners.search(user.networkId(), PartnerSearch.all()));
        return "meetings/hosts";
    }

    @GetMapping("/hosts/{partner}")
    String host(@AuthenticationPrincipal StielUser user, @PathVariable UUID partner, Model model) {
        var id = new PartnerId(partner);
        var venues = hosts.venues(user.networkId(), id);
        Require.coordinatorOrStaffOf(user, id.value());
        model.addAttribute("partnerId", partner);
        model.addAttribute("partnerName", partners.nameOf(user.networkId(), id).orElse(""));
        model.addAttribute("venues", venues);
        model.addAttribute("unavailable", hosts.unavailable(user.networkId(), id, StielTime.today(clock)));
        return "meetings/host";
    }

    /** One capacity per venue, in the order of the hidden keys; an empty one forgets the room. */
    @PostMapping("/hosts/{partner}/venues")
    String venues(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID partner,
            @RequestParam(name = "key", required = false) List<String> keys,
            @RequestParam(name = "capacity", required = false) List<String> capacities,
            RedirectAttributes redirect) {
        var id = new PartnerId(partner);
        hosts.venues(user.networkId(), id);
        Require.coordinatorOrStaffOf(user, id.value());
        // every value is checked before any is written, and all are written in one transaction
        var rooms = new LinkedHashMap<String, Integer>();
        if (keys != null) {
            for (int i = 0; i < keys.size(); i++) {
                String value = capacities != null && i < capacities.size()
                        ? capacities.get(i).strip()
                        : "";
                Integer capacity;
                try {
                    capacity = value.isEmpty() ? null : Integer.valueOf(value);
                } catch (NumberFormatException e) {
                    capacity = -1;
                }
                if (capacity != null && (capacity < 1 || capacity > 10000)) {
                    redirect.addFlashAttribute("capacityError", keys.get(i));
                    return "redirect:/meetings/hosts/" + partner;
                }
                rooms.put(keys.get(i), capacity);
            }
        }
        hosts.setCapacities(user, id, rooms);
        redirect.addFlashAttribute("flash", "meetings.venues.saved");
        return "redirect:/meetings/hosts/" + partner;
    }

    @PostMapping("/hosts/{partner}/unavailable")
    String addUnavailable(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID partner,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes redirect) {
        hosts.addUnavailable(user, new PartnerId(partner), day);
        redirect.addFlashAttribute("flash", "meetings.unavailable.added");
        return "redirect:/meetings/hosts/" + partner;
    }

    @PostMapping("/hosts/{partner}/unavailable/remove")
    String removeUnavailable(
            @AuthenticationPrincipal StielUser user,
            @PathVariable UUID partner,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes redirect) {
        hosts.removeUnavailable(user, new PartnerId(partner), day);
        redirect.addFlashAttribute("flash", "meetings.unavailable.removed");
        return "redirect:/meetings/hosts/" + partner;
    }
}
