/**
 * Normalising what people type (SPEC §5–§6): email addresses, phone numbers, person and company names with their
 * legal forms, and the text keys that compare them (lower case, accents stripped, punctuation dropped, legal suffixes
 * removed). Used by the badge-scan and CRM imports alike; owns no table. Depends on no other package.
 */
package com.leadaudit.text;
