package com.leadaudit.followup;

import com.leadaudit.text.TextKeys;

/** Whether an activity went from the company to the person or the other way (§7: inbound is not a follow-up). */
public enum Direction {
    OUTBOUND, INBOUND, UNKNOWN;

    /**
     * Reads direction labels from every vendor. HubSpot's {@code hs_email_direction} says {@code EMAIL} for a sent
     * email, and a forwarded email was sent by the rep too. Booleans are deliberately not read: Dynamics'
     * {@code directioncode} true means outgoing while Salesforce's {@code Incoming} true means inbound, so the
     * reader that knows the column must translate them. Anything unrecognised is UNKNOWN, which still counts.
     */
    public static Direction parse(String text) {
        return switch (TextKeys.compact(text)) {
            case "outbound", "outgoing", "out", "sent", "email", "forwardedemail",
                 "saliente", "ausgehend", "sortant", "uscente", "enviado", "uitgaand" -> OUTBOUND;
            case "inbound", "incoming", "in", "received", "incomingemail",
                 "entrante", "eingehend", "entrant", "entrata", "recebido", "inkomend" -> INBOUND;
            default -> UNKNOWN;
        };
    }
}
