/**
 * Text keys for comparing names and companies (SPEC §5–§6): lower case, accents stripped, punctuation dropped, legal
 * suffixes removed. Depends on nothing else.
 */
package com.leadaudit.text;
