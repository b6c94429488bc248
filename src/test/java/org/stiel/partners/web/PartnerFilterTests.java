package org.stiel.partners.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartnerFilterTests {

    @Test
    void searchesWithAtMostTheFirst200Characters() {
        var search = new PartnerFilter("kind ".repeat(1000), null, null, null, null).toSearch();

        assertThat(search.q()).hasSizeLessThanOrEqualTo(PartnerFilter.MAX_QUERY).startsWith("kind kind");
    }

    @Test
    void doesNotCutACharacterInTwo() {
        var search = new PartnerFilter("a".repeat(199) + "😀" + "b", null, null, null, null).toSearch();

        assertThat(search.q()).isEqualTo("a".repeat(199));
    }
}
