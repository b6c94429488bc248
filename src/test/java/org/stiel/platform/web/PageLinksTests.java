package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;

class PageLinksTests {

    @Test
    void theNextPageIsTheSameRequestWithTheCursorInPlaceOfTheOldOne() {
        var request = new MockHttpServletRequest("GET", "/referrals");
        request.setParameter("box", "NEW");
        request.setParameter("q", "één & twee");
        request.setParameter("after", "old");
        var page = new ListPage<>(List.of("a"), Optional.of(Cursor.of("x")));

        String next = PageLinks.next(request, page);

        assertThat(next)
                .startsWith("/referrals?")
                .contains("box=NEW")
                .contains("q=%C3%A9%C3%A9n%20%26%20twee")
                .contains("after=" + Cursor.of("x").token())
                .doesNotContain("after=old");
    }

    @Test
    void theLastPageHasNoNextLink() {
        var request = new MockHttpServletRequest("GET", "/api/v1/referrals/inbox");
        var page = new ListPage<>(List.of("a"), Optional.empty());
        assertThat(PageLinks.next(request, page)).isNull();
        assertThat(PageLinks.ok(request, page).getHeaders().containsHeader(HttpHeaders.LINK))
                .isFalse();
    }

    @Test
    void theApiSendsTheNextPageAsALinkHeader() {
        var request = new MockHttpServletRequest("GET", "/api/v1/referrals/inbox");
        request.setParameter("size", "10");
        var page = new ListPage<>(List.of("a", "b"), Optional.of(Cursor.of("b")));

        var answer = PageLinks.ok(request, page);

        assertThat(answer.getBody()).containsExactly("a", "b");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.LINK))
                .isEqualTo("</api/v1/referrals/inbox?size=10&after="
                        + Cursor.of("b").token() + ">; rel=\"next\"");
    }
}
