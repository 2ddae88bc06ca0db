package com.leadaudit.crm;

import com.leadaudit.followup.Channel;
import com.leadaudit.text.TextKeys;
import java.util.Map;
import java.util.Optional;

/**
 * What the type column of a mapped activity export says, as a channel. CRMs without a built-in layout use plain
 * words (Pipedrive: Call, Meeting, Task, Deadline, Email, Lunch), sometimes in the user's language.
 */
final class ActivityTypeWords {

    private static final Map<String, Channel> WORDS = Map.ofEntries(
            Map.entry("email", Channel.EMAIL), Map.entry("mail", Channel.EMAIL), Map.entry("emailmessage", Channel.EMAIL),
            Map.entry("sentemail", Channel.EMAIL), Map.entry("correo", Channel.EMAIL), Map.entry("courriel", Channel.EMAIL),
            Map.entry("call", Channel.CALL), Map.entry("phonecall", Channel.CALL), Map.entry("phone", Channel.CALL),
            Map.entry("calls", Channel.CALL), Map.entry("anruf", Channel.CALL), Map.entry("telefonat", Channel.CALL),
            Map.entry("llamada", Channel.CALL), Map.entry("appel", Channel.CALL), Map.entry("chiamata", Channel.CALL),
            Map.entry("meeting", Channel.MEETING), Map.entry("appointment", Channel.MEETING),
            Map.entry("lunch", Channel.MEETING), Map.entry("demo", Channel.MEETING), Map.entry("visit", Channel.MEETING),
            Map.entry("termin", Channel.MEETING), Map.entry("besprechung", Channel.MEETING),
            Map.entry("reunion", Channel.MEETING), Map.entry("rendezvous", Channel.MEETING),
            Map.entry("task", Channel.TASK), Map.entry("todo", Channel.TASK), Map.entry("deadline", Channel.TASK),
            Map.entry("aufgabe", Channel.TASK), Map.entry("tarea", Channel.TASK), Map.entry("tache", Channel.TASK),
            Map.entry("linkedin", Channel.LINKEDIN), Map.entry("linkedinmessage", Channel.LINKEDIN),
            Map.entry("note", Channel.NOTE), Map.entry("notes", Channel.NOTE),
            Map.entry("massemail", Channel.MASS_EMAIL), Map.entry("listemail", Channel.MASS_EMAIL),
            Map.entry("newsletter", Channel.MASS_EMAIL), Map.entry("campaign", Channel.MASS_EMAIL),
            Map.entry("marketingemail", Channel.MARKETING_EMAIL));

    private ActivityTypeWords() {
    }

    static Optional<Channel> channel(String type) {
        String key = TextKeys.compact(type);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(WORDS.getOrDefault(key, Channel.OTHER));
    }

    /** The value of a mapping's {@code channel} setting (already checked against the allowed words). */
    static Channel setting(String value) {
        return value == null ? Channel.OTHER : WORDS.getOrDefault(TextKeys.compact(value), Channel.OTHER);
    }
}
