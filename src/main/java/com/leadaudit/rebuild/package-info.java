/**
 * The machinery that lets a night skip work whose inputs did not change: the fingerprints of derived sets (table
 * {@code derived_state}) and each campaign's lead version, bumped by every statement that changes its leads (the
 * figures and the kept workbooks compare it). Used by the packages that rebuild; depends only on io.
 */
package com.leadaudit.rebuild;
