package org.stiel.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;

/** Moves a person who belongs to several networks to another one; their rights follow the role there. */
@Controller
class NetworkSwitchController {

    private final Accounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    NetworkSwitchController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/network/switch")
    String switchNetwork(
            @AuthenticationPrincipal StielUser user,
            @RequestParam UUID networkId,
            HttpServletRequest request,
            HttpServletResponse response) {
        // switchTo answers 404 for a network the person does not belong to; reload picks up new memberships
        StielUser switched = user.switchTo(new NetworkId(networkId));
        switched = accounts.reload(switched.id(), switched.networkId());
        switched.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(switched, null, switched.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/";
    }
}
