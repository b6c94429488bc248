package org.stiel.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;

/**
 * The current network, so that an API client knows the municipalities it can filter partners by. Lives here rather
 * than in the network module, which knows nothing of the logged-in person.
 */
@RestController
@Tag(name = "Network", description = "The network the caller works in")
class NetworkApiController {

    private final Networks networks;

    NetworkApiController(Networks networks) {
        this.networks = networks;
    }

    @GetMapping("/api/v1/network")
    @Operation(summary = "The current network: name, slug and municipalities")
    PartnerJson.Network current(@AuthenticationPrincipal StielUser user) {
        return PartnerJson.Network.of(networks.get(user.networkId()));
    }
}
