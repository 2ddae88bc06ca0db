package com.leadaudit.importing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bulk-loads rows into one table with PostgreSQL's {@code COPY ... FROM STDIN} (text format) on the connection of
 * the caller's transaction ({@link DataSourceUtils}), so the rows commit or roll back with the rest of the file.
 *
 * <p>One COPY stays open while the rows of a file arrive: every 256 KB of encoded rows are handed to the socket
 * and PostgreSQL parses and stores them while this thread reads the next rows, so reading and loading overlap
 * instead of taking turns. Memory is bounded by that buffer whatever the file size. {@link #finish()} ends the COPY
 * (and reports any error the server found); while a COPY is open the connection can run nothing else, so a caller
 * writing to several tables finishes one stream before starting the next. A transaction rolled back with a COPY
 * still open (a rejected or unreadable file) has it cancelled first.
 *
 * <p>Build a row with the {@code add} methods and end it with {@link #endRow()}. Values are escaped for COPY's text
 * format: backslash, tab, newline and carriage return are backslash-escaped, {@code null} is {@code \N}, NUL
 * characters (which PostgreSQL text cannot hold) are dropped. Text arrays are written as array literals with every
 * element quoted.
 */
public final class CopyRows {

    private static final int SEND_AT = 256 * 1024;

    private final DataSource dataSource;
    private final String copySql;
    private final StringBuilder buffer = new StringBuilder(SEND_AT + 8192);
    private boolean rowStarted;
    private long rows;
    private Connection connection;
    private CopyIn copy;

    /** {@code table} with its column list, e.g. {@code "scan (file_id, row_number)"}. */
    public CopyRows(DataSource dataSource, String tableAndColumns) {
        this.dataSource = dataSource;
        this.copySql = "COPY " + tableAndColumns + " FROM STDIN";
    }

    public CopyRows add(String value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
        } else {
            escape(value, buffer);
        }
        return this;
    }

    public CopyRows add(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    public CopyRows add(boolean value) {
        separate();
        buffer.append(value ? 't' : 'f');
        return this;
    }

    public CopyRows add(Instant value) {
        return value == null ? add((String) null) : add(value.toString());
    }

    public CopyRows add(LocalDateTime value) {
        return value == null ? add((String) null) : add(value.toString());
    }

    public CopyRows add(LocalDate value) {
        return value == null ? add((String) null) : add(value.toString());
    }

    public CopyRows add(java.math.BigDecimal value) {
        return value == null ? add((String) null) : add(value.toPlainString());
    }

    /** A text[] value: {@code {"a","b"}}, every element quoted; {@code null} elements stay NULL. */
    public CopyRows addArray(Collection<String> values) {
        if (values == null) {
            return add((String) null);
        }
        StringBuilder literal = new StringBuilder(16 * values.size() + 2).append('{');
        boolean first = true;
        for (String v : values) {
            if (!first) {
                literal.append(',');
            }
            first = false;
            if (v == null) {
                literal.append("NULL");
            } else {
                literal.append('"');
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    if (c == '"' || c == '\\') {
                        literal.append('\\');
                    }
                    literal.append(c);
                }
                literal.append('"');
            }
        }
        return add(literal.append('}').toString());
    }

    public void endRow() {
        buffer.append('\n');
        rowStarted = false;
        rows++;
        if (buffer.length() >= SEND_AT) {
            send();
        }
    }

    /** Rows handed to {@link #endRow()} so far. */
    public long rows() {
        return rows;
    }

    /** True while rows wait to be sent or a COPY is open: {@link #finish()} it before another stream starts. */
    public boolean isOpen() {
        return copy != null || !buffer.isEmpty();
    }

    /** Sends what is left and ends the COPY; the rows are then in the table (uncommitted). Safe to call twice. */
    public void finish() {
        if (buffer.isEmpty() && copy == null) {
            return;
        }
        send();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new UncategorizedSQLException("COPY", copySql, e);
        } finally {
            close();
        }
    }

    private void send() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            if (copy == null) {
                open();
            }
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            cancel();
            throw new UncategorizedSQLException("COPY", copySql, e);
        }
    }

    private void open() throws SQLException {
        connection = DataSourceUtils.getConnection(dataSource);
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
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
        if (connection != null) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            connection = null;
        }
    }

    private void separate() {
        if (rowStarted) {
            buffer.append('\t');
        }
        rowStarted = true;
    }

    static void escape(String value, StringBuilder out) {
        int n = value.length();
        int i = 0;
        while (i < n) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0') {
                break;
            }
            i++;
        }
        if (i == n) {
            out.append(value);  // nothing to escape: the usual case, one bulk copy
            return;
        }
        out.append(value, 0, i);
        for (; i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> { }
                default -> out.append(c);
            }
        }
    }
}
