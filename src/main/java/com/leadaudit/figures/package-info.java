/**
 * The figures of each campaign for the as-of (SPEC §9, §14; step {@code computeFigures}): tables
 * {@code campaign_figures}, {@code group_figures} (per rating, owner, booth staff member) and {@code outcome_figures},
 * aggregated in SQL from the leads the steps before left, or copied when a campaign's basis (its lead version, scan
 * files, the figures' SQL and the {@code SoftwareVersion}) is unchanged. Uses importing's ParallelWork, nothing more.
 */
package com.leadaudit.figures;
