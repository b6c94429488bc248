package org.stiel.lifecycle.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stiel.network.LifeDomain;
import org.stiel.partners.PartnerKind;

/** The map coloured by life domain: same places, a colour and a letter per domain, grey for a partner without one. */
class NetworkMapColouringTests {

    private final UUID school = UUID.randomUUID();
    private final UUID library = UUID.randomUUID();
    private final UUID club = UUID.randomUUID();
    private final UUID unknown = UUID.randomUUID();

    private final NetworkMap map = NetworkMap.of(
            List.of(
                    new NetworkMap.Partner(school, "School", PartnerKind.values()[0], LifeDomain.EDUCATION),
                    new NetworkMap.Partner(library, "Bib", PartnerKind.values()[1], LifeDomain.LEISURE),
                    new NetworkMap.Partner(club, "Club", PartnerKind.values()[1], LifeDomain.LEISURE),
                    new NetworkMap.Partner(unknown, "Zonder", PartnerKind.values()[0], null)),
            Map.of(school, Map.of(library, 2)));

    @Test
    void byDefaultPartnersAreColouredByKind() {
        assertThat(map.legend())
                .extracting(NetworkMap.LegendEntry::group, NetworkMap.LegendEntry::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("partnerKind." + PartnerKind.values()[0], "A"),
                        org.assertj.core.groups.Tuple.tuple("partnerKind." + PartnerKind.values()[1], "B"));
        assertThat(node(map, club).colour()).isEqualTo(node(map, library).colour());
    }

    @Test
    void byDomainEachFirstDomainHasItsColourAndLetterAndPlacesStay() {
        var byDomain = map.coloured(NetworkMap.Colouring.of("domain"));

        assertThat(byDomain.legend())
                .extracting(NetworkMap.LegendEntry::group, NetworkMap.LegendEntry::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lifeDomain.EDUCATION", "A"),
                        org.assertj.core.groups.Tuple.tuple("lifeDomain.LEISURE", "B"),
                        org.assertj.core.groups.Tuple.tuple("survey.map.noDomain", "C"));
        assertThat(node(byDomain, library).code()).isEqualTo("B");
        assertThat(node(byDomain, library).colour())
                .isEqualTo(node(byDomain, club).colour());
        assertThat(node(byDomain, school).colour())
                .isNotEqualTo(node(byDomain, library).colour());
        assertThat(node(byDomain, unknown).colour()).isEqualTo(NetworkMap.NO_DOMAIN_COLOUR);
        for (var n : map.nodes()) {
            assertThat(node(byDomain, n.id()).x()).isEqualTo(n.x());
            assertThat(node(byDomain, n.id()).y()).isEqualTo(n.y());
        }
        assertThat(byDomain.edges()).isEqualTo(map.edges());
        assertThat(NetworkMap.Colouring.of(null)).isEqualTo(NetworkMap.Colouring.KIND);
        assertThat(NetworkMap.Colouring.of("anything")).isEqualTo(NetworkMap.Colouring.KIND);
    }

    private static NetworkMap.Node node(NetworkMap map, UUID id) {
        return map.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}
