package com.leadaudit.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One column of a lead table: either a lead attribute or the answer to one custom question.
 *
 * @param field       the attribute shown, or null for an answer column
 * @param answerIndex index into {@link LeadRow#answers()} for an answer column, else -1
 */
record LeadColumn(String header, int widthChars, LeadField field, int answerIndex) {

    private static final int ANSWER_WIDTH = 18;
    private static final int MAX_ANSWER_WIDTH = 40;

    static LeadColumn of(LeadField field) {
        return new LeadColumn(field.header, ColumnWidths.forHeader(field.header, field.contentChars), field, -1);
    }

    static LeadColumn answer(int index, String question) {
        String header = question == null || question.isBlank() ? "Question " + (index + 1) : question;
        // Question texts can be whole sentences; past a point the reader widens the column or reads the header cell.
        int width = Math.min(ColumnWidths.forHeader(header, ANSWER_WIDTH), MAX_ANSWER_WIDTH);
        return new LeadColumn(header, width, null, index);
    }

    /** The Leads sheet (§10): the nineteen fixed columns, notes, one column per question, source file and row. */
    static List<LeadColumn> leadsSheet(List<String> answerColumns) {
        return leadsSheet(answerColumns, false);
    }

    /** As above; with {@code outcomes}, the lead's opportunity (§14) right after the fixed columns. */
    static List<LeadColumn> leadsSheet(List<String> answerColumns, boolean outcomes) {
        List<LeadColumn> columns = new ArrayList<>();
        for (LeadField f : LeadField.values()) {
            if (f.ordinal() <= LeadField.STATUS.ordinal()) {
                columns.add(of(f));
            }
        }
        if (outcomes) {
            for (LeadField f : List.of(LeadField.OUTCOME_NAME, LeadField.OUTCOME_CREATED, LeadField.OUTCOME_AMOUNT,
                    LeadField.OUTCOME_CURRENCY, LeadField.OUTCOME_STAGE, LeadField.OUTCOME_STATE)) {
                columns.add(of(f));
            }
        }
        columns.add(of(LeadField.NOTES));
        for (int i = 0; i < answerColumns.size(); i++) {
            columns.add(answer(i, answerColumns.get(i)));
        }
        columns.add(of(LeadField.SOURCE_FILE));
        columns.add(of(LeadField.SOURCE_ROW));
        return columns;
    }

    /** The Action List: what a caller needs to pick up the phone, most urgent facts first. */
    static List<LeadColumn> actionList() {
        return List.of(LeadField.STATUS, LeadField.RATING, LeadField.DEADLINE, LeadField.EMAIL,
                        LeadField.FIRST_NAME, LeadField.LAST_NAME, LeadField.COMPANY, LeadField.TITLE, LeadField.PHONE,
                        LeadField.SCANNED_BY, LeadField.CAPTURED_AT, LeadField.CRM_OWNER, LeadField.NOTES)
                .stream().map(LeadColumn::of).toList();
    }
}
