package com.leadaudit;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties every table between tests, so the suite runs alike on the embedded database and on a shared server. */
public final class AuditDatabase {

    private AuditDatabase() {
    }

    public static void clean(JdbcTemplate jdbc) {
        jdbc.execute("""
                TRUNCATE campaign, source_file, rejected_row, import_warning, scan, crm_person_row, crm_account_row,
                         crm_user_row, activity_row, person, person_phone, activity, activity_person, lead, lead_person,
                         campaign_figures, group_figures, lead_scan, derived_state, report_file, crm_owner_form, crm_owner,
                         opportunity_row, opportunity_contact_row, outcome_figures, outcome_candidate,
                         BATCH_STEP_EXECUTION_CONTEXT, BATCH_JOB_EXECUTION_CONTEXT, BATCH_STEP_EXECUTION,
                         BATCH_JOB_EXECUTION_PARAMS, BATCH_JOB_EXECUTION, BATCH_JOB_INSTANCE
                RESTART IDENTITY CASCADE""");
    }
}
