package com.leadaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The Leads sheet's SQL: what a row shows and what its hash covers must not drift apart. */
class ReportQueriesTest {

    private static final Pattern LEAD_COLUMN = Pattern.compile("\\b[ls]\\.(\\w+)");

    /**
     * A column shown on the Leads sheet but left out of the row hash would let a block be taken from an earlier
     * workbook although that column changed: the sheet would show last night's value.
     */
    @Test
    void everyLeadColumnTheLeadsSheetShowsIsInTheRowHash() {
        String select = ReportQueries.LEADS.substring(0, ReportQueries.LEADS.indexOf(ReportQueries.ROW_HASH));
        Set<String> shown = columns(select);
        Set<String> hashed = columns(ReportQueries.ROW_HASH);
        assertThat(shown).contains("email", "status", "answers", "outcome_state", "phone_e164", "phone", "id")
                .hasSizeGreaterThan(30);
        assertThat(hashed).containsAll(shown);
    }

    private static Set<String> columns(String sql) {
        Set<String> columns = new TreeSet<>();
        Matcher m = LEAD_COLUMN.matcher(sql);
        while (m.find()) {
            columns.add(m.group(1));
        }
        return columns;
    }
}
