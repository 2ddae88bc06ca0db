package com.leadaudit.crm;

import com.leadaudit.followup.Channel;
import com.leadaudit.text.TextKeys;

import java.util.List;
import java.util.Optional;

/**
 * The one table of words CRMs write into activity subjects and {@code Type} picklists, in the languages orgs log in.
 * Salesforce stamps a subject prefix when it logs an email ("Email: …", "Correo electrónico: …") and report
 * exports show the {@code Type} picklist translated, so both lookups share this table. Add a language here only.
 * <p>
 * Forms are compared after {@link #key}: accents, case, hyphens and the French space before a colon do not matter,
 * so "E-Mail:", "E-mail :" and "Email:" are one form.
 */
final class ActivityWords {

    // First: the word table below is keyed with it while the class initialises.
    private static final java.util.regex.Pattern SPACE_BEFORE_COLON = java.util.regex.Pattern.compile("\\s+:");

    private record Word(Channel channel, String form, boolean startsSubject) {
        private Word {
            form = key(form);
        }
    }

    private static Word subject(Channel channel, String form) {
        return new Word(channel, form, true);
    }

    private static Word typeOnly(Channel channel, String form) {
        return new Word(channel, form, false);
    }

    // Order matters: a mass-email form must be tried before the email form it might contain.
    private static final List<Word> WORDS = List.of(
            subject(Channel.MASS_EMAIL, "List Email:"),
            subject(Channel.MASS_EMAIL, "Mass Email:"),
            subject(Channel.MASS_EMAIL, "Email de lista:"),            // es; pt "E-mail de lista:" folds to the same
            subject(Channel.MASS_EMAIL, "Correo electrónico de lista:"),
            subject(Channel.MASS_EMAIL, "Listen-E-Mail:"),             // de
            subject(Channel.MASS_EMAIL, "Massen-E-Mail:"),
            subject(Channel.MASS_EMAIL, "E-mail de liste :"),          // fr
            subject(Channel.MASS_EMAIL, "Lijst-e-mail:"),              // nl

            subject(Channel.EMAIL, "Email:"),                          // en, es, it; de "E-Mail:", fr "E-mail :", pt, nl
            subject(Channel.EMAIL, "Correo electrónico:"),             // es
            subject(Channel.EMAIL, "Correo:"),

            // Call forms have no colon: Salesforce's "Log a Call" subject is just "Call", reps add to it.
            subject(Channel.CALL, "Call"),
            subject(Channel.CALL, "Llamada"),                          // es
            subject(Channel.CALL, "Anruf"),                            // de
            subject(Channel.CALL, "Appel"),                            // fr
            subject(Channel.CALL, "Ligação"),                          // pt-BR
            subject(Channel.CALL, "Chamada"),                          // pt
            subject(Channel.CALL, "Chiamata"),                         // it
            subject(Channel.CALL, "Gesprek"),                          // nl
            subject(Channel.CALL, "Bellen"),                           // nl

            // A task subject starting "Meeting" is usually a to-do about a meeting, so these only name a Type.
            typeOnly(Channel.MEETING, "Meeting"),
            typeOnly(Channel.MEETING, "Reunión"),                      // es, fr "Réunion" folds to the same
            typeOnly(Channel.MEETING, "Besprechung"),
            typeOnly(Channel.MEETING, "Reunião"),
            typeOnly(Channel.MEETING, "Riunione"),
            typeOnly(Channel.MEETING, "Vergadering"));

    private ActivityWords() {
    }

    /** The channel a subject's leading word gives away, if any. */
    static Optional<Channel> fromSubjectPrefix(String subject) {
        String k = key(subject);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        return WORDS.stream()
                .filter(w -> w.startsSubject() && k.startsWith(w.form()))
                .map(Word::channel)
                .findFirst();
    }

    /** The channel a whole picklist value names ("Llamada", "List Email", "Meeting"), if any. */
    static Optional<Channel> fromTypeValue(String type) {
        String k = stripColon(key(type));
        if (k.isEmpty()) {
            return Optional.empty();
        }
        return WORDS.stream()
                .filter(w -> stripColon(w.form()).equals(k))
                .map(Word::channel)
                .findFirst();
    }

    private static String key(String text) {
        String folded = TextKeys.fold(text).replace("-", "");
        return folded.indexOf(':') < 0 ? folded : SPACE_BEFORE_COLON.matcher(folded).replaceAll(":");
    }

    private static String stripColon(String k) {
        return k.endsWith(":") ? k.substring(0, k.length() - 1).strip() : k;
    }
}
