/**
 * Badge scans and leads (SPEC §5): the badge-scan importer (table {@code scan}), the normalisers of email, phone,
 * names and ratings, and the lead build (tables {@code lead}, {@code lead_scan}; step {@code buildLeads}). Owns the
 * lead columns that describe the person and the capture; matching, follow-up and outcomes own the others.
 */
package com.leadaudit.scan;
