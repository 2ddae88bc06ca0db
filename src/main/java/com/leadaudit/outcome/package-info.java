/**
 * Outcomes (SPEC §14): each lead's first opportunity on its matched CRM person within the outcome window, with
 * amount, stage and state. Owns the lead_state columns {@code outcome_*} and table {@code outcome_candidate}; step
 * {@code findOutcomes}. Amounts and deal states are plain rules the CRM import uses too.
 */
package com.leadaudit.outcome;
