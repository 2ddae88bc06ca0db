package com.leadaudit.outcome;

import com.leadaudit.text.TextKeys;
import java.util.Set;

/**
 * Whether an opportunity is closed and won, from what each CRM writes (SPEC §14): Salesforce {@code IsClosed} /
 * {@code IsWon}; HubSpot's deal stage (closed won / closed lost, or {@code Is Closed Won}); Dynamics' status
 * (Open / Won / Lost). Labels come in English, German, French and Spanish.
 */
public final class DealStates {

    public record Closing(boolean closed, boolean won) {
        public static final Closing OPEN = new Closing(false, false);
        public static final Closing WON = new Closing(true, true);
        public static final Closing LOST = new Closing(true, false);
    }

    private static final Set<String> WON_WORDS = Set.of("won", "closedwon", "gewonnen", "gagne", "gagnee", "ganado",
            "ganada", "ganadacerrada", "cerradaganada", "cerradoganado", "abgeschlossengewonnen", "fermegagne");
    private static final Set<String> LOST_WORDS = Set.of("lost", "closedlost", "verloren", "perdu", "perdue",
            "perdido", "perdida", "cerradaperdida", "cerradoperdido", "abgeschlossenverloren", "fermeperdu");

    private DealStates() {
    }

    /** A stage or status text that says closed won or closed lost; anything else is open. */
    public static Closing fromStageOrStatus(String text) {
        String key = TextKeys.compact(text == null ? "" : text);
        if (WON_WORDS.contains(key)) {
            return Closing.WON;
        }
        if (LOST_WORDS.contains(key)) {
            return Closing.LOST;
        }
        return Closing.OPEN;
    }
}
