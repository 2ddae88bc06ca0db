package com.leadaudit.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the quotation marks a CSV parser reads. In a well-formed CSV they come in pairs (a quoted value opens and
 * closes, an escaped quote is doubled), so an odd count at the end is the trace of a quote never closed — which
 * the parser itself accepts silently, running every later line into one cell.
 */
final class QuoteParityReader extends FilterReader {

    private final char quote;
    private boolean odd;

    QuoteParityReader(Reader in, char quote) {
        super(in);
        this.quote = quote;
    }

    boolean odd() {
        return odd;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c == quote) {
            odd = !odd;
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == quote) {
                odd = !odd;
            }
        }
        return n;
    }
}
