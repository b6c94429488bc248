package org.stiel.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a request may carry: UTF-8 text without NUL characters. PostgreSQL refuses a NUL in text and a search for
 * invalid UTF-8 can match nothing sensible, so such input is answered with 400 at the door rather than a 500 deep
 * inside.
 */
final class RequestCharacters {

    /** What a lenient decoder leaves where bytes were not UTF-8; browsers never send it on their own. */
    private static final char REPLACEMENT = '\uFFFD';

    private RequestCharacters() {}

    /**
     * A raw, percent-encoded part of the URL (path or query string) as sent: every {@code %XX} a byte, the whole
     * valid UTF-8 without NUL. A malformed escape ({@code %G1}, a lone {@code %}) counts as invalid too.
     */
    static boolean encodedIsClean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return true;
        }
        var bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return false;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == 0) {
                return false;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return decodesWithoutNul(bytes.toByteArray());
    }

    private static boolean decodesWithoutNul(byte[] bytes) {
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return text.chars().noneMatch(c -> c == 0);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Decoded parameters (query and form fields): no NUL, and nothing a decoder had to replace. */
    static boolean parametersAreClean(Map<String, String[]> parameters) {
        for (var parameter : parameters.entrySet()) {
            if (!textIsClean(parameter.getKey())) {
                return false;
            }
            for (String value : parameter.getValue()) {
                if (!textIsClean(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean textIsClean(String text) {
        return text == null || (text.indexOf(0) < 0 && text.indexOf(REPLACEMENT) < 0);
    }
}
