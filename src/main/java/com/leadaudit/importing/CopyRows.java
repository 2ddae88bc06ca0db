package com.leadaudit.importing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bulk-loads rows into one table with PostgreSQL's {@code COPY ... FROM STDIN (FORMAT binary)} on the connection of
 * the caller's transaction ({@link DataSourceUtils}), so the rows commit or roll back with the rest of the file.
 *
 * <p>Binary, not text: PostgreSQL then takes each value as it is stored instead of parsing it (a timestamp from
 * text is most of a staging row's parse), and this side writes numbers and times as their bytes instead of
 * formatting them. Loading 2M staged activity rows took 1.9 s instead of 3.8 s (issue #17, docs/benchmarks.md).
 * Each value is encoded for its column's type, read from the catalog when the COPY opens; a Java value that does not
 * fit the column's type (a String for a date column) is a programming error and fails the file at once.
 *
 * <p>One COPY stays open while the rows of a file arrive: every 256 KB of encoded rows are handed to the socket
 * and PostgreSQL stores them while this thread reads the next rows, so reading and loading overlap instead of taking
 * turns. Memory is bounded by that buffer (and the largest single row) whatever the file size. The COPY opens with
 * the first value; {@link #finish()} ends it (and reports any error the server found). While a COPY is open the
 * connection can run nothing else, so a caller writing to several tables finishes one stream before starting the
 * next. A transaction rolled back with a COPY still open (a rejected or unreadable file) has it cancelled first.
 *
 * <p>Build a row with the {@code add} methods, one per column in the order given, and end it with
 * {@link #endRow()}. {@code null} is SQL NULL; NUL characters (which PostgreSQL text cannot hold) are dropped; text
 * that is not valid UTF-16 is sent as Java's UTF-8 encoder writes it. Times go to the microsecond as PostgreSQL rounds
 * a fraction of a second written as text.
 */
public final class CopyRows {

    private static final int SEND_AT = 256 * 1024;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** 2000-01-01, where PostgreSQL counts times and dates from. */
    private static final long PG_EPOCH_SECOND = 946_684_800L;
    private static final long PG_EPOCH_DAY = 10_957L;

    private static final int BOOL = 16;
    private static final int INT8 = 20;
    private static final int INT2 = 21;
    private static final int INT4 = 23;
    private static final int TEXT = 25;
    private static final int JSON = 114;
    private static final int BPCHAR = 1042;
    private static final int VARCHAR = 1043;
    private static final int DATE = 1082;
    private static final int TIMESTAMP = 1114;
    private static final int TIMESTAMPTZ = 1184;
    private static final int NUMERIC = 1700;
    private static final int JSONB = 3802;

    private final DataSource dataSource;
    private final String table;
    private final List<String> columns;
    private final String copySql;
    private byte[] buffer = new byte[0];  // allocated when the COPY first opens: most streams of a file stay unused
    private int length;
    private int[] types;
    private int[] elementTypes;
    private int field = -1;
    private long rows;
    private Connection connection;
    private CopyIn copy;

    /** {@code table} with its column list, e.g. {@code "scan (file_id, row_number)"}. */
    public CopyRows(DataSource dataSource, String tableAndColumns) {
        this.dataSource = dataSource;
        int open = tableAndColumns.indexOf('(');
        this.table = tableAndColumns.substring(0, open).strip();
        this.columns = Arrays.stream(tableAndColumns.substring(open + 1, tableAndColumns.lastIndexOf(')')).split(","))
                .map(String::strip).toList();
        this.copySql = "COPY " + tableAndColumns.strip() + " FROM STDIN (FORMAT binary)";
    }

    public CopyRows add(String value) {
        int type = next();
        if (value == null) {
            writeInt(-1);
        } else if (type == TEXT || type == VARCHAR || type == BPCHAR || type == JSON) {
            int at = sizeFollows();
            text(value);
            sizeIs(at);
        } else if (type == JSONB) {
            int at = sizeFollows();
            writeByte(1);  // jsonb's binary format: a version byte, then the text
            text(value);
            sizeIs(at);
        } else {
            throw mismatch("text");
        }
        return this;
    }

    public CopyRows add(long value) {
        switch (next()) {
            case INT8 -> {
                writeInt(8);
                writeLong(value);
            }
            case INT4 -> {
                writeInt(4);
                writeInt(Math.toIntExact(value));
            }
            case INT2 -> {
                if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
                    throw new ArithmeticException(value + " does not fit " + column() + " (smallint)");
                }
                writeInt(2);
                writeShort((int) value);
            }
            case NUMERIC -> numeric(java.math.BigDecimal.valueOf(value));
            default -> throw mismatch("an integer");
        }
        return this;
    }

    public CopyRows add(boolean value) {
        if (next() != BOOL) {
            throw mismatch("a boolean");
        }
        writeInt(1);
        writeByte(value ? 1 : 0);
        return this;
    }

    public CopyRows add(Instant value) {
        if (next() != TIMESTAMPTZ) {
            throw mismatch("an instant");
        }
        if (value == null) {
            writeInt(-1);
        } else {
            writeInt(8);
            writeLong(micros(value.getEpochSecond(), value.getNano()));
        }
        return this;
    }

    public CopyRows add(LocalDateTime value) {
        if (next() != TIMESTAMP) {
            throw mismatch("a local date and time");
        }
        if (value == null) {
            writeInt(-1);
        } else {
            writeInt(8);
            writeLong(micros(value.toEpochSecond(ZoneOffset.UTC), value.getNano()));
        }
        return this;
    }

    public CopyRows add(LocalDate value) {
        if (next() != DATE) {
            throw mismatch("a date");
        }
        if (value == null) {
            writeInt(-1);
        } else {
            writeInt(4);
            writeInt(Math.toIntExact(value.toEpochDay() - PG_EPOCH_DAY));
        }
        return this;
    }

    public CopyRows add(java.math.BigDecimal value) {
        if (next() != NUMERIC) {
            throw mismatch("a decimal");
        }
        if (value == null) {
            writeInt(-1);
        } else {
            numeric(value);
        }
        return this;
    }

    /** A text[] (or varchar[]) value; {@code null} elements stay NULL, an empty collection is an empty array. */
    public CopyRows addArray(Collection<String> values) {
        next();
        int element = elementTypes[field];
        if (element != TEXT && element != VARCHAR) {
            throw mismatch("a text array");
        }
        if (values == null) {
            writeInt(-1);
            return this;
        }
        int array = sizeFollows();
        writeInt(values.isEmpty() ? 0 : 1);  // dimensions
        boolean nulls = false;
        for (String v : values) {
            nulls |= v == null;  // (contains(null) throws on immutable lists)
        }
        writeInt(nulls ? 1 : 0);
        writeInt(element);
        if (!values.isEmpty()) {
            writeInt(values.size());
            writeInt(1);  // lower bound
        }
        for (String v : values) {
            if (v == null) {
                writeInt(-1);
            } else {
                int at = sizeFollows();
                text(v);
                sizeIs(at);
            }
        }
        sizeIs(array);
        return this;
    }

    public void endRow() {
        if (field != columns.size() - 1) {
            throw new IllegalStateException("a row of " + table + " needs " + columns.size() + " values, got "
                    + (field + 1));
        }
        field = -1;
        rows++;
        if (length >= SEND_AT) {
            send();
        }
    }

    /** Rows handed to {@link #endRow()} so far. */
    public long rows() {
        return rows;
    }

    /** True while a COPY is open: {@link #finish()} it before another stream starts. */
    public boolean isOpen() {
        return copy != null;
    }

    /** Sends what is left and ends the COPY; the rows are then in the table (uncommitted). Safe to call twice. */
    public void finish() {
        if (copy == null) {
            return;
        }
        writeShort(-1);  // the trailer
        send();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new UncategorizedSQLException("COPY", copySql, e);
        } finally {
            close();
        }
    }

    /** The type of the next column of the row, opening the COPY (and the row) when needed. */
    private int next() {
        if (copy == null) {
            open();
        }
        if (field == -1) {
            writeShort(columns.size());
        }
        field++;
        if (field >= columns.size()) {
            throw new IllegalStateException("a row of " + table + " has only " + columns.size() + " columns");
        }
        return types[field];
    }

    private String column() {
        return table + "." + columns.get(field);
    }

    private IllegalStateException mismatch(String what) {
        return new IllegalStateException(column() + " is of type " + types[field] + " (pg_type oid), not " + what);
    }

    /** PostgreSQL's microseconds since 2000, the fraction rounded as its text input rounds it (rint of a double). */
    static long micros(long epochSecond, int nano) {
        return (epochSecond - PG_EPOCH_SECOND) * 1_000_000L + (long) Math.rint(nano / 1e9 * 1e6);
    }

    /**
     * NUMERIC's binary form: base-10000 digits with the weight of the first, a sign and the display scale (the
     * scale the value was written with, as numeric_in keeps it).
     */
    private void numeric(java.math.BigDecimal value) {
        int scale = Math.max(value.scale(), 0);
        java.math.BigInteger unscaled = value.setScale(scale).unscaledValue();
        int sign = unscaled.signum() < 0 ? 0x4000 : 0;
        int fractionPad = (4 - scale % 4) % 4;
        StringBuilder digits = new StringBuilder(unscaled.abs().toString()).append("0".repeat(fractionPad));
        digits.insert(0, "0".repeat((4 - digits.length() % 4) % 4));
        int groups = digits.length() / 4;
        int fractionGroups = (scale + fractionPad) / 4;
        int first = 0;
        while (first < groups && Integer.parseInt(digits, first * 4, first * 4 + 4, 10) == 0) {
            first++;
        }
        int last = groups;
        while (last > first && Integer.parseInt(digits, last * 4 - 4, last * 4, 10) == 0) {
            last--;
        }
        int count = last - first;
        int weight = count == 0 ? 0 : groups - fractionGroups - 1 - first;
        writeInt(8 + 2 * count);
        writeShort(count);
        writeShort(weight);
        writeShort(count == 0 ? 0 : sign);
        writeShort(scale);
        for (int g = first; g < last; g++) {
            writeShort(Integer.parseInt(digits, g * 4, g * 4 + 4, 10));
        }
    }

    /** Leaves room for the size of what is written next; {@link #sizeIs} fills it in. */
    private int sizeFollows() {
        ensure(4);
        int at = length;
        length += 4;
        return at;
    }

    private void sizeIs(int at) {
        int size = length - at - 4;
        buffer[at] = (byte) (size >>> 24);
        buffer[at + 1] = (byte) (size >>> 16);
        buffer[at + 2] = (byte) (size >>> 8);
        buffer[at + 3] = (byte) size;
    }

    /** UTF-8 of the text without NUL characters; ASCII is copied char by char, the rest through the encoder. */
    private void text(String value) {
        int n = value.length();
        ensure(n);
        int i = 0;
        while (i < n) {
            char c = value.charAt(i);
            if (c >= 0x80 || c == 0) {
                break;
            }
            buffer[length + i] = (byte) c;
            i++;
        }
        length += i;
        if (i < n) {
            byte[] rest = value.substring(i).replace("\0", "").getBytes(StandardCharsets.UTF_8);
            ensure(rest.length);
            System.arraycopy(rest, 0, buffer, length, rest.length);
            length += rest.length;
        }
    }

    private void writeByte(int b) {
        ensure(1);
        buffer[length++] = (byte) b;
    }

    private void writeShort(int v) {
        ensure(2);
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void writeInt(int v) {
        ensure(4);
        buffer[length++] = (byte) (v >>> 24);
        buffer[length++] = (byte) (v >>> 16);
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private void send() {
        if (length == 0) {
            return;
        }
        try {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        } catch (SQLException e) {
            cancel();
            throw new UncategorizedSQLException("COPY", copySql, e);
        }
    }

    /** Reads the columns' types, starts the COPY and writes its header. */
    private void open() {
        try {
            connection = DataSourceUtils.getConnection(dataSource);
            if (types == null) {
                readTypes();  // once per stream: a stream finished and opened again writes the same columns
            }
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        } catch (SQLException e) {
            close();
            throw new UncategorizedSQLException("COPY", copySql, e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            CopyIn mine = copy;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCompletion() {
                    if (copy == mine) {
                        cancel();  // rolled back mid-file: leave the connection usable for the rollback
                    }
                }
            });
        }
        length = 0;
        field = -1;
        ensure(SEND_AT + 64 * 1024);
        System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
        length = SIGNATURE.length;
        writeInt(0);  // flags
        writeInt(0);  // header extension
    }

    private void readTypes() throws SQLException {
        int[] types = new int[columns.size()];
        int[] elementTypes = new int[columns.size()];
        Arrays.fill(types, -1);
        try (PreparedStatement st = connection.prepareStatement("""
                SELECT a.attname, a.atttypid::int, t.typelem::int
                FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
                WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped""")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    int at = columns.indexOf(rs.getString(1));
                    if (at >= 0) {
                        types[at] = rs.getInt(2);
                        elementTypes[at] = rs.getInt(3);
                    }
                }
            }
        }
        for (int i = 0; i < types.length; i++) {
            if (types[i] == -1) {
                throw new IllegalStateException(table + " has no column " + columns.get(i));
            }
        }
        this.types = types;
        this.elementTypes = elementTypes;
    }

    private void cancel() {
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // the rollback that follows reports what matters
            }
        }
        close();
    }

    private void close() {
        copy = null;
        length = 0;
        field = -1;
        if (connection != null) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            connection = null;
        }
    }
}
