package org.stiel.platform;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list that grows with time, and where the next one starts. Pages show it with the "more" fragment
 * ({@code templates/platform/paging.html}); the JSON API sends the rows as its body and the next page as a
 * {@code Link: <…>; rel="next"} header ({@link org.stiel.platform.web.PageLinks}).
 *
 * @param items the rows of this page, in the list's stable order
 * @param next where the next page starts; empty on the last page
 */
public record ListPage<T>(List<T> items, Optional<Cursor> next) {

    public ListPage {
        items = List.copyOf(items);
    }

    /**
     * A page from the rows a query read with {@link Paging#limit()} (one more than the page shows): when that extra
     * row came, the cursor of the last row shown says where the next page starts.
     */
    public static <T> ListPage<T> of(List<T> rows, Paging paging, Function<T, Cursor> cursorOf) {
        if (rows.size() <= paging.size()) {
            return new ListPage<>(rows, Optional.empty());
        }
        List<T> shown = rows.subList(0, paging.size());
        return new ListPage<>(shown, Optional.of(cursorOf.apply(shown.getLast())));
    }

    public static <T> ListPage<T> empty() {
        return new ListPage<>(List.of(), Optional.empty());
    }

    public <R> ListPage<R> map(Function<T, R> mapper) {
        return new ListPage<>(items.stream().map(mapper).toList(), next);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public boolean hasNext() {
        return next.isPresent();
    }

    /** The next page's cursor as the {@code after} parameter's value, or {@code null} on the last page. */
    public String nextToken() {
        return next.map(Cursor::token).orElse(null);
    }
}
