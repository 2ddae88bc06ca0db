/**
 * The machinery that lets a night skip work whose inputs did not change: the declaration of every derived set with
 * its version and what it is built from ({@link com.leadaudit.rebuild.DerivedSet}) and their fingerprints (table
 * {@code derived_state}). Each campaign's lead version is bumped by triggers on table {@code lead} (migration V16),
 * not here. Used by the packages that rebuild; depends only on importing (file roles).
 */
package com.leadaudit.rebuild;
