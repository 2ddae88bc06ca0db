package com.leadaudit.crm;

import com.leadaudit.followup.Channel;
import com.leadaudit.text.TextKeys;

import java.util.Optional;
import java.util.Set;

/** Maps each CRM vendor's way of saying what an activity was onto a {@link Channel} (§7). */
public final class ChannelRules {

    // Standard Salesforce Type values that say "something happened" without saying what; evidence may do better.
    private static final Set<String> VAGUE_SALESFORCE_TYPES = Set.of("other", "sendletter", "sendquote");

    private ChannelRules() {
    }

    /**
     * A Salesforce Task. {@code TaskSubtype} is what Salesforce itself recorded, so it wins; {@code Type} is a
     * user-editable picklist; subject prefixes and call/email fields are the evidence left in old exports.
     * <p>
     * A {@code Task} subtype is a to-do: its subject ("Call Anna back") describes an intention, so only an explicit
     * Type may reclassify it. Real evidence (an EmailMessageId, call fields) beats a vague Type such as "Other",
     * which is only used when nothing better is known. Unless Salesforce recorded the subtype itself, a mass-email
     * subject beats Type and every other clue, so bulk sends never pass as personal follow-up.
     */
    public static Channel salesforceTask(String taskSubtype, String type, String subject,
                                         boolean hasEmailMessageId, boolean hasCallFields) {
        Optional<Channel> fromSubtype = salesforceSubtype(taskSubtype);
        boolean plainTask = TextKeys.compact(taskSubtype).equals("task");
        if (fromSubtype.isPresent() && !plainTask) {
            return fromSubtype.get();
        }
        Optional<Channel> fromSubject = ActivityWords.fromSubjectPrefix(subject);
        if (fromSubject.filter(c -> c == Channel.MASS_EMAIL).isPresent()) {
            return Channel.MASS_EMAIL;
        }
        Optional<Channel> fromType = ActivityWords.fromTypeValue(type);
        if (plainTask || fromType.isPresent()) {
            return fromType.orElse(Channel.TASK);
        }
        if (hasEmailMessageId) {
            return Channel.EMAIL;
        }
        if (hasCallFields) {
            return Channel.CALL;
        }
        if (fromSubject.isPresent()) {
            return fromSubject.get();
        }
        return VAGUE_SALESFORCE_TYPES.contains(TextKeys.compact(type)) ? Channel.OTHER : Channel.TASK;
    }

    private static Optional<Channel> salesforceSubtype(String taskSubtype) {
        return Optional.ofNullable(switch (TextKeys.compact(taskSubtype)) {
            case "email" -> Channel.EMAIL;
            case "call" -> Channel.CALL;
            case "linkedin" -> Channel.LINKEDIN;
            case "listemail", "massemail" -> Channel.MASS_EMAIL;
            case "cadence", "task" -> Channel.TASK;
            default -> null;
        });
    }

    /** A Salesforce Event is a calendar entry with the person: always a meeting. */
    public static Channel salesforceEvent() {
        return Channel.MEETING;
    }

    /**
     * A HubSpot activity. {@code exportKind} is which export the row came from (call, email, meeting, task, note);
     * {@code typeValue} is the row's own type column (email type, activity type, task type).
     * <p>
     * A HubSpot task is always {@link Channel#TASK}, even with task type EMAIL or CALL: it is a reminder to email or
     * call, and the email or call itself is logged as its own engagement. Counting it would count the intention.
     * A marketing email is never a personal email, whatever export it turns up in.
     */
    public static Channel hubspot(String exportKind, String typeValue) {
        String type = TextKeys.compact(typeValue);
        if (type.equals("marketingemail")) {
            return Channel.MARKETING_EMAIL;
        }
        return switch (TextKeys.compact(exportKind)) {
            case "task", "tasks" -> Channel.TASK;
            case "call", "calls" -> Channel.CALL;
            case "meeting", "meetings" -> Channel.MEETING;
            case "note", "notes" -> Channel.NOTE;
            case "email", "emails" -> Channel.EMAIL;
            default -> hubspotType(type);
        };
    }

    private static Channel hubspotType(String type) {
        return switch (type) {
            case "email", "salesemail", "sequenceemail", "incomingemail", "forwardedemail", "emailreply" -> Channel.EMAIL;
            case "call" -> Channel.CALL;
            case "meeting" -> Channel.MEETING;
            case "task", "todo" -> Channel.TASK;
            case "note" -> Channel.NOTE;
            case "linkedin", "linkedinmessage" -> Channel.LINKEDIN;
            default -> Channel.OTHER;
        };
    }

    /**
     * A Dynamics 365 activity by its {@code activitytypecode}: the logical name ({@code phonecall}), the display
     * label ({@code Phone Call}) or the entity type number ({@code 4210}) that some exports carry instead.
     * Campaign activities and quick campaigns (bulk operations) are mass sends.
     */
    public static Channel dynamics(String activityTypeCode) {
        return switch (TextKeys.compact(activityTypeCode)) {
            case "email", "4202" -> Channel.EMAIL;
            case "phonecall", "4210" -> Channel.CALL;
            case "appointment", "4201", "recurringappointmentmaster", "recurringappointment", "4251" -> Channel.MEETING;
            case "task", "4212" -> Channel.TASK;
            case "campaignactivity", "4402", "bulkoperation", "quickcampaign", "4406" -> Channel.MASS_EMAIL;
            default -> Channel.OTHER; // letter, fax, social activity, campaign response, custom activities
        };
    }
}
