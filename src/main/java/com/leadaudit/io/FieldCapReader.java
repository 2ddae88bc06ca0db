package com.leadaudit.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops any one CSV field from growing past {@code limit} characters before the parser sees it (SPEC §4: an
 * oversized cell rejects its row, not its file). The parser would otherwise have to hold a 20 MB notes cell whole or
 * give up on the file; here the rest of such a field is dropped as it streams past, so memory stays flat and the
 * parser reads on to the next row. Such a field keeps its first {@code limit} characters and then {@link #CUT}, the
 * mark the cursor rejects the row by.
 *
 * <p>It follows the quoting the parser applies (a quote opens a quoted field only at the field's start, a doubled
 * quote inside is one character, the field runs on after its closing quote up to the delimiter), so a record still
 * ends exactly where it ends in the file: a closing quote is always passed on, escaped pairs beyond the limit are
 * dropped whole.
 */
final class FieldCapReader extends FilterReader {

    /** Left in a field where its rest was dropped: U+FFFF is a Unicode noncharacter, which no export writes. */
    static final char CUT = '\uFFFF';

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_SEEN }

    private final char delimiter;
    private final char quote;
    private final int limit;
    private final char[] chunk = new char[8192];
    /** What the chunk became: at most one more character than read (a quote held back from the chunk before). */
    private final char[] produced = new char[chunk.length + 1];
    private int next;
    private int end;
    private State state = State.FIELD_START;
    private int fieldLength;
    private boolean capped;

    /** False: every character outside a quoted field takes its own state step, the tests' reference. */
    private final boolean unquotedRuns;

    FieldCapReader(Reader in, char delimiter, char quote, int limit) {
        this(in, delimiter, quote, limit, true);
    }

    FieldCapReader(Reader in, char delimiter, char quote, int limit, boolean unquotedRuns) {
        super(in);
        this.delimiter = delimiter;
        this.quote = quote;
        this.limit = limit;
        this.unquotedRuns = unquotedRuns;
    }

    @Override
    public int read() throws IOException {
        return fill() ? produced[next++] : -1;
    }

    @Override
    public int read(char[] out, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, end - next);
        System.arraycopy(produced, next, out, offset, n);
        next += n;
        return n;
    }

    @Override
    public boolean ready() throws IOException {
        return next < end || in.ready();
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Makes sure there is something in {@link #produced} to hand out; false at the end of the input. */
    private boolean fill() throws IOException {
        while (next >= end) {
            next = 0;
            end = 0;
            int n = in.read(chunk, 0, chunk.length);
            if (n < 0) {
                if (state != State.QUOTE_SEEN) {
                    return false;
                }
                state = State.FIELD_START;
                produced[end++] = quote; // the file's last character closed a quoted field
                return true;
            }
            for (int i = 0; i < n; ) {
                if (unquotedRuns && (state == State.FIELD_START || state == State.UNQUOTED)) {
                    int unquoted = unquotedRun(i, n);
                    if (unquoted > 0) {
                        i += unquoted;
                        continue;
                    }
                }
                int run = plainRun(i, n);
                if (run > 0) {
                    end = contentRun(i, run, end);
                    i += run;
                } else {
                    end = accept(chunk[i], produced, end);
                    i++;
                }
            }
            // nothing produced: all of it belonged to a field already at its limit, so read on
        }
        return true;
    }

    private int accept(char c, char[] out, int at) {
        switch (state) {
            case FIELD_START -> {
                if (c == quote) {
                    state = State.QUOTED;
                    out[at++] = c;
                    return at;
                }
                if (endsField(c)) {
                    return endField(c, out, at);
                }
                state = State.UNQUOTED;
                return content(out, at, c);
            }
            case UNQUOTED -> {
                return endsField(c) ? endField(c, out, at) : content(out, at, c);
            }
            case QUOTED -> {
                if (c == quote) {
                    state = State.QUOTE_SEEN; // a closing quote or the first of a doubled one: the next says which
                    return at;
                }
                return content(out, at, c);
            }
            default -> {
                if (c == quote) {
                    state = State.QUOTED;
                    return escapedQuote(out, at);
                }
                out[at++] = quote; // it closed the quoted part; text after it still belongs to the field
                state = State.UNQUOTED;
                return endsField(c) ? endField(c, out, at) : content(out, at, c);
            }
        }
    }

    /**
     * From a field's start or inside an unquoted field: the characters up to where a quoted field opens or a field
     * reaches the limit, unquoted fields and the delimiters and line breaks between them, passed on as one copy with
     * the state they leave. Most characters of an export are there: a Salesforce task row is 41 fields, most of them
     * empty, and each delimiter was a state step of its own (issue #17).
     */
    private int unquotedRun(int from, int to) {
        boolean atStart = state == State.FIELD_START;
        int length = fieldLength;
        boolean ended = false;
        int i = from;
        for (; i < to; i++) {
            char c = chunk[i];
            if (endsField(c)) {
                atStart = true;
                length = 0;
                ended = true;
            } else if ((atStart && c == quote) || length >= limit) {
                break;  // the state machine opens the quoted field or cuts this one
            } else {
                atStart = false;
                length++;
            }
        }
        int run = i - from;
        if (run > 0) {
            System.arraycopy(chunk, from, produced, end, run);
            end += run;
            state = atStart ? State.FIELD_START : State.UNQUOTED;
            fieldLength = length;
            capped &= !ended;
        }
        return run;
    }

    /**
     * Inside a field, the characters from {@code from} up to the next one that can change the state (a delimiter or
     * line break unquoted, a quote quoted): plain content, passed on as one copy rather than one state step each.
     */
    private int plainRun(int from, int to) {
        int i = from;
        if (state == State.UNQUOTED) {
            while (i < to && !endsField(chunk[i])) {
                i++;
            }
        } else if (state == State.QUOTED) {
            while (i < to && chunk[i] != quote) {
                i++;
            }
        }
        return i - from;
    }

    /** {@code length} characters of content from the chunk, as {@link #content} would pass them one by one. */
    private int contentRun(int from, int length, int at) {
        int kept = Math.min(length, limit - fieldLength);
        System.arraycopy(chunk, from, produced, at, kept);
        fieldLength += kept;
        at += kept;
        if (kept < length && !capped) {
            capped = true;
            produced[at++] = CUT;
        }
        return at;
    }

    private boolean endsField(char c) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    private int endField(char c, char[] out, int at) {
        state = State.FIELD_START;
        fieldLength = 0;
        capped = false;
        out[at++] = c;
        return at;
    }

    /** One character of the field's value. */
    private int content(char[] out, int at, char c) {
        if (fieldLength < limit) {
            fieldLength++;
            out[at++] = c;
        } else if (!capped) {
            capped = true;
            out[at++] = CUT;
        }
        return at;
    }

    /** A doubled quote: one character of the field's value, written as the two the parser reads it from. */
    private int escapedQuote(char[] out, int at) {
        if (fieldLength < limit) {
            fieldLength++;
            out[at++] = quote;
            out[at++] = quote;
        } else if (!capped) {
            capped = true;
            out[at++] = CUT;
        }
        return at;
    }
}
