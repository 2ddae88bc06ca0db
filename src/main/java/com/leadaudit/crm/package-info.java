/**
 * CRM exports (SPEC §4, §6–§7, §14): Salesforce, HubSpot and Dynamics people, accounts, owners, activities and
 * opportunities read into staging rows (step {@code importCrm}), then consolidated into one person per record
 * ({@code person}, {@code person_phone}; step {@code consolidatePeople}) and one activity per record linked to its
 * people ({@code activity}, {@code activity_person}; steps {@code pickActivityWinners}, beside the people, and
 * {@code consolidateActivities}). Holds the vendors'
 * vocabularies: activity words and types as channels ({@code ChannelRules}), completion and call statuses.
 */
package com.leadaudit.crm;
