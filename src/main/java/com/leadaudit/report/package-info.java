/**
 * Workbooks (SPEC §10, §14): the campaign workbooks and the portfolio, written as streamed xlsx from the figures and
 * leads stored before (step {@code writeReports}); a workbook whose content did not change is kept or copied (table
 * {@code report_file}). Uses figures, follow-up, outcome, io and importing's ParallelWork.
 */
package com.leadaudit.report;
