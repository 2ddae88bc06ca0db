package com.leadaudit.importing;

import com.leadaudit.io.MappedRow;
import java.util.ArrayList;
import java.util.List;

/** Rejected rows and warnings of one file, collected while it is read and stored with it. */
public final class RowProblems {

    public record Problem(int rowNumber, String message, String rawValues) {
    }

    private static final int KEEP = 10_000;

    private final List<Problem> rejected = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private int rejectedCount;

    public void reject(MappedRow row, String reason) {
        rejectedCount++;
        if (rejected.size() < KEEP) {
            rejected.add(new Problem(row.rowNumber(), reason, row.rawValues()));
        }
    }

    public void warn(MappedRow row, String message) {
        warn(row == null ? null : row.rowNumber(), message);
    }

    public void warn(Integer rowNumber, String message) {
        if (warnings.size() < KEEP) {
            warnings.add(new Problem(rowNumber == null ? 0 : rowNumber, message, null));
        }
    }

    public int rejectedCount() {
        return rejectedCount;
    }

    public List<Problem> rejected() {
        return rejected;
    }

    public List<Problem> warnings() {
        return warnings;
    }
}
