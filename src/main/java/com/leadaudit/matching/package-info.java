/**
 * Lead-to-CRM matching (SPEC §6): EMAIL, then PHONE, then NAME when exactly one person qualifies. Owns table
 * {@code lead_person} and the lead_state columns {@code match_tier} and {@code crm_owner}; step {@code matchLeads}.
 */
package com.leadaudit.matching;
