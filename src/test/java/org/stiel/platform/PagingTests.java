package org.stiel.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTests {

    @Test
    void aCursorGivesBackTheValuesItWasMadeOf() {
        Instant at = Instant.parse("2026-11-30T08:15:30.123456Z");
        UUID id = UUID.randomUUID();
        Cursor cursor = Cursor.parse(Cursor.of(at, id, "Zoë & co", null, 42).token());
        assertThat(cursor.instant(0)).isEqualTo(at);
        assertThat(cursor.uuid(1)).isEqualTo(id);
        assertThat(cursor.text(2)).isEqualTo("Zoë & co");
        assertThat(cursor.isEmpty(3)).isTrue();
        assertThat(cursor.number(4)).isEqualTo(42);
    }

    @Test
    void aTokenIsSafeInAUrlAsItIs() {
        String token = Cursor.of("a/b?c=d&e", Instant.EPOCH).token();
        assertThat(token).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aTamperedCursorIsABadRequestNotAServerError() {
        assertThatThrownBy(() -> Cursor.parse("not base64 !"))
                .isInstanceOf(BadRequestException.class)
                .extracting(e -> ((BadRequestException) e).messageKey())
                .isEqualTo("paging.cursor.invalid");
        Cursor wrongShape = Cursor.parse(Cursor.of("yesterday").token());
        assertThatThrownBy(() -> wrongShape.instant(0)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> wrongShape.uuid(1)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> Cursor.parse("A".repeat(2000))).isInstanceOf(BadRequestException.class);
    }

    @Test
    void aSizeOutOfRangeIsABadRequest() {
        assertThatThrownBy(() -> Paging.of(null, 0)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> Paging.of(null, Paging.MAX_SIZE + 1)).isInstanceOf(BadRequestException.class);
        assertThat(Paging.of("", null)).isEqualTo(Paging.first());
        assertThat(Paging.first().size()).isEqualTo(25);
    }

    @Test
    void aPageKnowsFromTheExtraRowWhetherAnotherFollows() {
        Paging paging = Paging.first(3);
        assertThat(paging.limit()).isEqualTo(4);

        ListPage<Integer> full = ListPage.of(List.of(1, 2, 3, 4), paging, n -> Cursor.of(n));
        assertThat(full.items()).containsExactly(1, 2, 3);
        assertThat(full.next()).contains(Cursor.of(3));

        ListPage<Integer> last = ListPage.of(List.of(1, 2, 3), paging, n -> Cursor.of(n));
        assertThat(last.items()).containsExactly(1, 2, 3);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.nextToken()).isNull();
    }

    @Test
    void pagingThroughAListSeesEveryRowOnce() {
        List<Integer> rows = IntStream.rangeClosed(1, 61).boxed().toList();
        List<Integer> seen = new java.util.ArrayList<>();
        Paging paging = Paging.first(25);
        while (true) {
            long after = paging.isFirst() ? 0 : paging.after().number(0);
            var read =
                    rows.stream().filter(n -> n > after).limit(paging.limit()).toList();
            var page = ListPage.of(read, paging, n -> Cursor.of(n));
            seen.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            paging = Paging.of(page.nextToken(), 25);
        }
        assertThat(seen).isEqualTo(rows);
    }
}
