package com.leadaudit.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's temporary sheet-data file, with two changes:
 * <ul>
 *   <li>the file is written through {@link Utf8Writer}, an unsynchronized buffer that encodes UTF-8 itself: POI's
 *       {@link java.io.BufferedWriter} takes a lock on each of the dozen tiny writes per cell (30 million cells on
 *       a big campaign), and the JDK's encoder falls back to a slow path for the rest of its buffer once it meets
 *       one non-ASCII character — a name with an umlaut does that. Each sheet is written by one thread only;</li>
 *   <li>{@link #appendRow} lets a lead table add rows as ready-made SpreadsheetML ({@link RowXml}) instead of as
 *       POI row and cell objects, which cost more to create, sort and serialise than the cells' content.</li>
 * </ul>
 * Rows appended here are unknown to the {@link org.apache.poi.xssf.streaming.SXSSFSheet}, so the sheet must not
 * create rows of its own after them; {@link #rawRange()} gives the sheet dimension POI can no longer derive.
 */
final class RawSheetDataWriter extends SheetDataWriter {

    private boolean rawRows;
    // The used range of every row written, by POI or appended, as SXSSFSheet derives it from its own rows.
    private int firstRow = Integer.MAX_VALUE;
    private int lastRow = -1;
    private int firstColumn = Integer.MAX_VALUE;
    private int lastColumn = -1;

    RawSheetDataWriter() throws IOException {
        super();
    }

    // Called by the super constructor (so it must not use this class's fields) for the temporary file.
    @Override
    public Writer createWriter(File fd) throws IOException {
        FileOutputStream fos = new FileOutputStream(fd);
        try {
            return new Utf8Writer(decorateOutputStream(fos));
        } catch (IOException | RuntimeException e) {
            fos.close();
            throw e;
        }
    }

    /**
     * Appends one complete {@code <row>} element, UTF-8 encoded. The caller has flushed every row the sheet made
     * through POI (they come first) and appends rows in ascending order.
     */
    void appendRow(RowXml row) throws IOException {
        // _out is the Utf8Writer made by createWriter above.
        ((Utf8Writer) _out).writeUtf8(row.bytes(), 0, row.length());
        rawRows = true;
        track(row.rowIndex(), row.firstColumn(), row.lastColumn());
    }

    /**
     * Counts lead rows {@code 1..lastRow}, each within columns {@code 0..lastColumn}, into the sheet's used range
     * as if they had been appended: they are put into the sheet's zip entry afterwards ({@link LeadBlockWriter}).
     */
    void declareRows(int lastRow, int lastColumn) {
        rawRows = true;
        track(lastRow, 0, lastColumn);
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        super.writeRow(rownum, row);
        track(rownum, row.getFirstCellNum() < 0 ? Integer.MAX_VALUE : row.getFirstCellNum(), row.getLastCellNum() - 1);
    }

    private void track(int row, int first, int last) {
        firstRow = Math.min(firstRow, row);
        lastRow = Math.max(lastRow, row);
        firstColumn = Math.min(firstColumn, first);
        lastColumn = Math.max(lastColumn, last);
    }

    /**
     * The sheet's used range (its {@code <dimension>}) when rows were appended, else null. POI derives it from the
     * rows it wrote itself, which for a lead table are the header only.
     */
    CellRangeAddress rawRange() {
        return rawRows && lastColumn >= 0 ? new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn) : null;
    }

    /**
     * A byte buffer in front of the file that encodes characters as UTF-8 the way the JDK's encoder does (an
     * unpaired surrogate becomes {@code ?}), and takes already encoded bytes as they are. Not thread-safe.
     */
    static final class Utf8Writer extends Writer {

        private static final int REPLACEMENT = '?';

        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int used;
        private char pendingHigh; // a high surrogate whose low half has not been written yet, or 0

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        /** Writes bytes that are already UTF-8 (see {@link RowXml}). */
        void writeUtf8(byte[] bytes, int off, int len) throws IOException {
            flushPendingHigh();
            if (len > buffer.length - used) {
                flushBuffer();
                if (len > buffer.length) {
                    out.write(bytes, off, len);
                    return;
                }
            }
            System.arraycopy(bytes, off, buffer, used, len);
            used += len;
        }

        @Override
        public void write(int c) throws IOException {
            encode((char) c);
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                encode(chars[i]);
            }
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                encode(s.charAt(i));
            }
        }

        private void encode(char c) throws IOException {
            if (buffer.length - used < 4) {
                flushBuffer();
            }
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    used = Utf8.putCodePoint(buffer, used, Character.toCodePoint(high, c));
                    return;
                }
                buffer[used++] = REPLACEMENT;
            }
            if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                buffer[used++] = REPLACEMENT;
            } else {
                used = Utf8.putCodePoint(buffer, used, c);
            }
        }

        private void flushPendingHigh() throws IOException {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                write(REPLACEMENT);
            }
        }

        private void flushBuffer() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            // POI closes a sheet's writer more than once (when writing the workbook, then when disposing of it).
            try {
                flushPendingHigh();
                flushBuffer();
            } finally {
                out.close();
            }
        }
    }

    /** UTF-8 encoding of one code point into a byte array with room for four more bytes. */
    static final class Utf8 {

        private Utf8() {
        }

        /** @return the index after the written bytes */
        static int putCodePoint(byte[] b, int at, int cp) {
            if (cp < 0x80) {
                b[at++] = (byte) cp;
            } else if (cp < 0x800) {
                b[at++] = (byte) (0xC0 | cp >> 6);
                b[at++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                b[at++] = (byte) (0xE0 | cp >> 12);
                b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[at++] = (byte) (0xF0 | cp >> 18);
                b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | cp & 0x3F);
            }
            return at;
        }
    }
}
