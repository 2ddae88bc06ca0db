/**
 * Follow-up (SPEC §7–§8): what counts as a touch, each lead's first touch, its deadline under the campaign's SLA and
 * business calendar, its status and hours to first touch. Owns the lead_state columns {@code first_touch_*},
 * {@code deadline}, {@code status}, {@code hours_to_touch}; steps {@code findFirstTouches}, {@code refreshStatuses},
 * {@code decideStatuses}. The rules are plain classes, tested without a database. Names the channels and directions
 * of touches; the vendors' words for them are crm's.
 */
package com.leadaudit.followup;
