package com.leadaudit.io;

/** Column index from an A1-style reference such as {@code AB12}. */
final class CellRef {

    private CellRef() {
    }

    /** Zero-based column of {@code ref}, or -1 when it is not a reference within Excel's 16,384 columns. */
    static int column(String ref) {
        if (ref == null) {
            return -1;
        }
        int column = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c >= 'A' && c <= 'Z') {
                if (++letters > 3) {
                    return -1;
                }
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= '0' && c <= '9' && letters > 0) {
                break;
            } else if (c != '$') {
                return -1;
            }
        }
        if (letters == 0 || column > CellLimits.MAX_COLUMNS) {
            return -1;
        }
        return column - 1;
    }

    /** The letters of zero-based {@code column}, as Excel heads it: 0 is A, 26 is AA. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
