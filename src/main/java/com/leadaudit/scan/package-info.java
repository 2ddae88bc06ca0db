/**
 * Badge scans and leads (SPEC §5): the badge-scan importer (table {@code scan}), ratings, and the lead build (tables
 * {@code lead}, {@code lead_scan}; step {@code buildLeads}). Owns the lead columns that describe the person and the
 * capture; matching, follow-up and outcomes own the others. Email, phone and name normalising is package text's.
 */
package com.leadaudit.scan;
