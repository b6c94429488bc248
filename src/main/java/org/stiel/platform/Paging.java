package org.stiel.platform;

/**
 * What a reader asks of a list that grows with time: the page after a cursor (none: the first page) and how many
 * rows. Every paged list of Stiel, page or API, takes this and answers a {@link ListPage}: keyset paging, so that a
 * next page continues exactly where the last one ended, whatever was added in between.
 *
 * @param after the cursor of the last row already shown, as {@link ListPage#next()} gave it; {@code null} for the first
 *     page
 * @param size rows per page, {@value #DEFAULT_SIZE} by default, at most {@value #MAX_SIZE}
 */
public record Paging(Cursor after, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    public Paging {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("paging.size.invalid", MAX_SIZE);
        }
    }

    /** The first page of the default size. */
    public static Paging first() {
        return new Paging(null, DEFAULT_SIZE);
    }

    public static Paging first(int size) {
        return new Paging(null, size);
    }

    /**
     * From request parameters: {@code after} as sent back by a "more" link or a {@code Link: rel="next"} header,
     * {@code size} when given.
     *
     * @throws BadRequestException for a cursor Stiel did not write or a size out of range
     */
    public static Paging of(String after, Integer size) {
        return new Paging(
                after == null || after.isBlank() ? null : Cursor.parse(after), size == null ? DEFAULT_SIZE : size);
    }

    public boolean isFirst() {
        return after == null;
    }

    /** The number of rows to read: one more than shown tells whether there is a next page. */
    public int limit() {
        return size + 1;
    }
}
