package com.leadaudit.crm;

import com.leadaudit.text.TextKeys;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Whether a logged activity actually happened (§7): tasks must be done, meetings must not be cancelled. */
public final class Completion {

    // Dynamics statecode for activities: 0 Open, 1 Completed, 2 Canceled. Status reasons "Made" (phone call)
    // and "Sent"/"Received" (email) only exist on completed activities.
    private static final Set<String> DONE = Set.of(
            "completed", "complete", "done", "1", "made", "sent", "received",
            "completada", "completado", "abgeschlossen", "erledigt", "termine", "terminee",
            "concluida", "concluido", "completata", "completato", "voltooid", "afgerond");

    private static final Set<String> CANCELLED = Set.of(
            "canceled", "cancelled", "2",
            "cancelada", "cancelado", "abgesagt", "storniert", "annule", "annulee",
            "annullata", "annullato", "geannuleerd");

    /**
     * HubSpot call statuses (hs_call_status, "Call status") of a call that never went out or never finished, in the
     * export's English labels and internal values and in the German, French and Spanish labels: such a call is not
     * an attempt (SPEC §7). Outcomes (no answer, busy, voicemail) are not statuses and do not appear here.
     */
    private static final Set<String> CALL_NOT_PLACED = Set.of(
            "failed", "canceled", "cancelled", "queued", "ringing", "connecting", "inprogress", "callingcrmuser",
            "fehlgeschlagen", "abgebrochen", "storniert", "inwarteschlange", "klingelt", "verbindungwirdhergestellt",
            "echec", "echoue", "annule", "enattente", "sonnerie", "connexion", "encours",
            "fallida", "fallido", "cancelada", "cancelado", "encola", "sonando", "conectando", "enprogreso", "encurso");

    // Codes read from numeric Excel cells arrive as "1.0".
    private static final Pattern WHOLE_NUMBER_WITH_ZERO_DECIMALS = Pattern.compile("^(\\d+)\\.0+$");

    private static final int REMEMBERED = 4096;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private Completion() {
    }

    /** True for a completed status in any vendor's words, or Dynamics statecode 1 (also as Excel's "1.0"). */
    public static boolean taskCompleted(String status) {
        return DONE.contains(key(status));
    }

    /**
     * True only for an explicit cancellation. A no-show still counts as a follow-up attempt, and an unknown or
     * scheduled outcome is taken at face value. For Dynamics pass the statecode (2 = Canceled), not the
     * appointment statuscode, where 2 means Tentative.
     */
    public static boolean meetingCancelled(String outcomeOrStatus) {
        return CANCELLED.contains(key(outcomeOrStatus));
    }

    /** True unless the call's status says it was never placed or never finished; a blank status counts (§7). */
    public static boolean callPlaced(String callStatus) {
        return !CALL_NOT_PLACED.contains(key(callStatus));
    }

    /**
     * An export uses a handful of status words on millions of rows, so their keys are remembered (up to
     * {@link #REMEMBERED} distinct texts of at most 64 characters; others are computed each time).
     */
    private static String key(String text) {
        if (text == null) {
            return TextKeys.compact("");
        }
        String known = KEYS.get(text);
        if (known != null) {
            return known;
        }
        String key = TextKeys.compact(WHOLE_NUMBER_WITH_ZERO_DECIMALS.matcher(text.strip()).replaceFirst("$1"));
        if (text.length() <= 64 && KEYS.size() < REMEMBERED) {
            KEYS.put(text, key);
        }
        return key;
    }
}
