package org.stiel.insight.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/** Statbel's files, and spreadsheets saved as "CSV UTF-8", start with a byte-order mark that is no part of the header. */
final class Bom {

    private Bom() {}

    static BufferedReader skip(Reader in) throws IOException {
        var reader = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in, 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
