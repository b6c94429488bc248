package org.stiel.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The position after a row of a keyset-paged list: the values of its sort key, written as one opaque URL-safe token.
 * A query reads "the rows after (a, b)" with a row comparison on an index, so the cost of a page does not grow with
 * how far the reader paged.
 *
 * <p>The token is not secret and not signed: it only says where to continue, and every query still filters by the
 * reader's network and rights. A token that does not decode, or whose values do not parse as the list expects, is
 * a bad request (400), never a server error.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';
    private static final int MAX_LENGTH = 1024;

    private final List<String> values;

    private Cursor(List<String> values) {
        this.values = List.copyOf(values);
    }

    /** A cursor of sort-key values, in the order the query compares them; {@code null}s are kept as empty text. */
    public static Cursor of(Object... values) {
        List<String> texts = new ArrayList<>(values.length);
        for (Object value : values) {
            texts.add(value == null ? "" : value.toString());
        }
        return new Cursor(texts);
    }

    /** @throws BadRequestException when the token was not written by {@link #token()} */
    public static Cursor parse(String token) {
        if (token.length() > MAX_LENGTH) {
            throw invalid();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<String> values = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == SEPARATOR) {
                    values.add(text.substring(start, i));
                    start = i + 1;
                }
            }
            return new Cursor(values);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
    }

    public String token() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(String.valueOf(SEPARATOR), values).getBytes(StandardCharsets.UTF_8));
    }

    public int size() {
        return values.size();
    }

    public String text(int index) {
        return value(index);
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(value(index));
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public LocalDate date(int index) {
        try {
            return LocalDate.parse(value(index));
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(value(index));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public long number(int index) {
        try {
            return Long.parseLong(value(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public double decimal(int index) {
        try {
            return Double.parseDouble(value(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** Whether the value at {@code index} is empty: a {@code null} in the sort key (nulls sort last in Stiel). */
    public boolean isEmpty(int index) {
        return value(index).isEmpty();
    }

    private String value(int index) {
        if (index >= values.size()) {
            throw invalid();
        }
        return values.get(index);
    }

    private static BadRequestException invalid() {
        return new BadRequestException("paging.cursor.invalid");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cursor cursor && cursor.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return token();
    }
}
