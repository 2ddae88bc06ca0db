/**
 * Figures and workbooks (SPEC §9–§10, §14): each campaign's figures for the as-of ({@code campaign_figures},
 * {@code group_figures}, {@code outcome_figures}; step {@code computeFigures}), and the campaign workbooks and the
 * portfolio written as streamed xlsx; a workbook whose content did not change is kept ({@code report_file}; step
 * {@code writeReports}).
 */
package com.leadaudit.report;
