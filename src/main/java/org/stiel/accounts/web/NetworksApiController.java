package org.stiel.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;

@RestController
@RequestMapping("/api/v1/networks")
@Tag(name = "Networks")
class NetworksApiController {

    /** A network with the caller's role in it; the role is absent for an admin who is not a member. */
    record NetworkResource(
            NetworkId id,
            String name,
            String slug,
            boolean hasHouse,
            String houseAddress,
            List<MunicipalityResource> municipalities,
            NetworkRole role,
            boolean current) {}

    record MunicipalityResource(String id, String name, Set<String> postcodes) {}

    private final Networks networks;

    NetworksApiController(Networks networks) {
        this.networks = networks;
    }

    @GetMapping
    @Operation(summary = "The networks the caller belongs to; all networks for an installation admin")
    List<NetworkResource> list(@AuthenticationPrincipal StielUser user) {
        List<NetworkView> visible = user.admin()
                ? networks.all()
                : user.memberships().stream()
                        .map(m -> networks.get(m.networkId()))
                        .toList();
        return visible.stream().map(network -> resource(network, user)).toList();
    }

    @GetMapping("/current")
    @Operation(summary = "The network the caller works in now: name, slug, municipalities and the caller's role")
    NetworkResource current(@AuthenticationPrincipal StielUser user) {
        return resource(networks.get(user.networkId()), user);
    }

    private static NetworkResource resource(NetworkView network, StielUser user) {
        var membership = user.memberships().stream()
                .filter(m -> m.networkId().equals(network.id()))
                .findFirst();
        return new NetworkResource(
                network.id(),
                network.name(),
                network.slug(),
                network.hasHouse(),
                network.houseAddress(),
                network.municipalities().stream()
                        .map(m -> new MunicipalityResource(m.id().value().toString(), m.name(), m.postcodes()))
                        .toList(),
                membership.map(m -> m.role()).orElse(null),
                user.current().map(c -> c.networkId().equals(network.id())).orElse(false));
    }
}
