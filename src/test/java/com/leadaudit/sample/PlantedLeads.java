package com.leadaudit.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Leads in the sample {@code input/} whose audit outcome is known by construction, for end-to-end tests that
 * run the job over {@code input/} with {@code --as-of 2026-10-30} and read the campaign workbooks.
 *
 * <p>Every expectation below was worked out by hand from SPEC §5–§8 (the reasoning is in each {@code why}); no
 * product code was run to get them. Times are local wall-clock times in the campaign's time zone, as the
 * workbook shows them (SPEC §10). A business-day deadline is the end of its day, 23:59:59.999. A date-only first
 * touch has {@code firstTouchDate} set, {@code firstTouchAt} null and no hours (SPEC §8). {@code match} is the
 * expected {@code Match} column: EMAIL, PHONE, NAME, or null for "Not in CRM". Hours to first touch are
 * (touch − capture) in real elapsed hours, rounded half-up to one decimal.
 *
 * <p>The inputs that produce these leads are in {@link PlantedScenarios}; change both together.
 */
public final class PlantedLeads {

    /** The as-of the expectations hold for: a local date, i.e. the end of 30 Oct 2026 in each campaign's zone. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 10, 30);

    public enum Status { ON_TIME, LATE, OVERDUE, OPEN }

    /**
     * @param key        the lead key: normalised email, or the badge id when the lead has no email
     * @param scans      number of scans merged into the lead
     * @param capturedAt earliest scan, local time
     */
    public record PlantedLead(String campaign, String key, String email, String firstName, String lastName,
                              int scans, LocalDateTime capturedAt, LocalDateTime deadline, Status status,
                              String match, LocalDateTime firstTouchAt, LocalDate firstTouchDate,
                              String firstTouchType, String firstTouchBy, Double hoursToFirstTouch, String why) {
    }

    private static final String HM = "hannover-messe-2026";
    private static final String DF = "dreamforce-2026";
    private static final String WS = "web-summit-2026";
    private static final String GX = "gitex-2026";

    private static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    private static LocalDateTime endOf(String date) {
        return LocalDate.parse(date).atTime(23, 59, 59, 999_000_000);
    }

    public static final PlantedLead HM_HOLIDAY_ON_TIME = new PlantedLead(HM, "sabine.lorenz@elbe-automation.example",
            "sabine.lorenz@elbe-automation.example", "Sabine", "Lorenz", 1, t("2026-04-30T15:20"), endOf("2026-05-05"),
            Status.ON_TIME, "EMAIL", t("2026-05-05T16:05"), null, "EMAIL", "Anna Keller", 120.8,
            "Captured Thu 30 Apr 15:20 CEST. 2bd counts business days after the capture date: Fri 1 May is a register"
            + " holiday, Sat/Sun are weekend, so Mon 4 May = 1, Tue 5 May = 2: due end of Tue 5 May. The Email task's"
            + " CompletedDateTime 2026-05-05T14:05Z = 16:05 CEST, before the deadline. Without the holiday it would be"
            + " LATE (deadline Mon 4 May). 13:20Z Apr 30 to 14:05Z May 5 = 120.75 h -> 120.8.");

    public static final PlantedLead HM_COMPLETED_LATE = new PlantedLead(HM, "thomas.wendt@mk-foerdertechnik.example",
            "thomas.wendt@mk-foerdertechnik.example", "Thomas", "Wendt", 2, t("2026-04-27T10:12"), endOf("2026-04-29"),
            Status.LATE, "EMAIL", t("2026-04-30T09:30"), null, "CALL", "Jonas Richter", 71.3,
            "Scanned Mon 27 Apr 10:12 (Cvent xlsx) and again Tue 28 Apr 14:00 (partner CSV): capture = earliest scan,"
            + " so due end of Wed 29 Apr (a capture of the 28th would have been due on the 30th). Matched by email to an"
            + " unconverted Salesforce Lead (00Q). Its Call task was created 28 Apr 09:00Z (inside the SLA) but"
            + " completed 2026-04-30T07:30Z = 09:30 CEST: occurred-at is CompletedDateTime, not CreatedDate, so LATE."
            + " 08:12Z Apr 27 to 07:30Z Apr 30 = 71.3 h.");

    public static final PlantedLead HM_LIST_EMAIL_ONLY = new PlantedLead(HM, "monika.fuchs@weserstahl.example",
            "monika.fuchs@weserstahl.example", "Monika", "Fuchs", 1, t("2026-04-28T13:40"), endOf("2026-04-30"),
            Status.OVERDUE, "EMAIL", null, null, null, null, null,
            "Salesforce Contact matched by email; her only tasks are TaskSubtype ListEmail (\"List Email: Thank you for"
            + " visiting us ...\" 4 May and \"List Email: October newsletter\" 6 Oct): mass mail is never a touch."
            + " No touch and as-of 30 Oct is past the deadline (end of Thu 30 Apr): OVERDUE.");

    public static final PlantedLead HM_CONVERTED_LEAD = new PlantedLead(HM, "julia.neumann@rheintal-sensorik.example",
            "julia.neumann@rheintal-sensorik.example", "Julia", "Neumann", 1, t("2026-04-28T11:05"), endOf("2026-04-30"),
            Status.ON_TIME, "EMAIL", t("2026-04-29T10:15"), null, "CALL", "Anna Keller", 23.2,
            "The scanned address belongs to a Salesforce Lead with IsConverted=true; its ConvertedContactId is a"
            + " Contact whose email has since changed (j.neumann@rheintal-sensorik-group.example). Lead and Contact"
            + " are one person, so the EMAIL match on the Lead brings in the Contact's call (WhoId 003...)"
            + " 2026-04-29T08:15Z = 10:15 CEST, before end of Thu 30 Apr. 09:05Z -> 08:15Z next day = 23.17 h -> 23.2.");

    public static final PlantedLead HM_PHONE_MATCH = new PlantedLead(HM, "HM26-0481-7731", null, "Stefan", "Krüger", 1,
            t("2026-04-29T16:40"), endOf("2026-05-04"), Status.LATE, "PHONE", t("2026-05-06T10:00"), null, "MEETING",
            "Jonas Richter", 161.3,
            "Partner-counter row with no email, only badge HM26-0481-7731 (the lead key) and mobile \"0151 28837465\""
            + " = +4915128837465 with country DE. The Salesforce Contact Stefan Krüger has MobilePhone +49 151 28837465"
            + " and the same last name: PHONE tier. Wed 29 Apr capture: Thu 30 Apr = 1, Fri 1 May holiday, Mon 4 May"
            + " = 2: due end of Mon 4 May. The Event starts 2026-05-06T08:00Z = 10:00 CEST: LATE."
            + " 14:40Z Apr 29 to 08:00Z May 6 = 161.33 h -> 161.3.");

    public static final PlantedLead HM_NAME_DATE_ONLY = new PlantedLead(HM, "jon.smyth@brandt-mb.example",
            "jon.smyth@brandt-mb.example", "Jon", "Smyth", 1, t("2026-04-28T09:30"), endOf("2026-04-30"),
            Status.ON_TIME, "NAME", null, LocalDate.of(2026, 4, 30), "CALL", "Nils Petersen", null,
            "No CRM email or phone equals the scan's. Names: \"jon smyth\" vs Contact \"john smyth\" JW = 0.973 >= 0.93;"
            + " company \"Brandt Maschinenbau\" equals the Contact's Account Name \"Brandt Maschinenbau GmbH\" once"
            + " gmbh is dropped. The other \"John Smyth\" (Smyth Consulting Ltd, other domain) does not qualify, so"
            + " exactly one: NAME. The only touch is a completed Call in the field-subset task extract with just"
            + " ActivityDate 2026-04-30 = the deadline's date: date-only touch on the deadline date is ON_TIME, no hours."
            + " (If the look-alike were matched too, its 28 Apr email would wrongly be the first touch.)");

    public static final PlantedLead HM_LOOKALIKE_NOT_MATCHED = new PlantedLead(HM, "k.vogel@hafenlogistik-bremen.example",
            "k.vogel@hafenlogistik-bremen.example", "Katrin", "Vogel", 1, t("2026-04-29T11:50"), endOf("2026-05-04"),
            Status.OVERDUE, null, null, null, null, null, null,
            "Salesforce has a Contact \"Katrin Vogel\" (JW 1.0) but at Vogel & Söhne Feinmechanik GmbH with domain"
            + " vogel-soehne.example; the scan is Hafenlogistik Bremen GmbH, hafenlogistik-bremen.example. Neither"
            + " company nor domain equal: no NAME candidate: Not in CRM. No touch; due end of Mon 4 May: OVERDUE.");

    public static final PlantedLead DF_NO_SHOW_AFTER_CANCELLED = new PlantedLead(DF,
            "rachel.donovan@brightline-logistics.example", "rachel.donovan@brightline-logistics.example", "Rachel",
            "Donovan", 1, t("2026-10-13T10:15"), t("2026-10-15T10:15"), Status.ON_TIME, "EMAIL", t("2026-10-14T09:00"),
            null, "MEETING", "Dana Whitfield", 22.8,
            "Captured Tue 13 Oct 10:15 PDT (= 17:15Z); 48h: due Thu 15 Oct 10:15 PDT. HubSpot (times UTC): incoming"
            + " email 2026-10-13 20:00 (inbound, no touch), meeting CANCELED 2026-10-14 15:00 (no touch), meeting"
            + " NO_SHOW 2026-10-14 16:00 = 09:00 PDT (counts). First touch 09:00 PDT, not the cancelled 08:00."
            + " 17:15Z -> 16:00Z next day = 22.75 h -> 22.8.");

    public static final PlantedLead DF_TWO_CONTACT_IDS_LATE = new PlantedLead(DF, "owen.fitzgerald@cobaltridge.example",
            "owen.fitzgerald@cobaltridge.example", "Owen", "Fitzgerald", 1, t("2026-10-14T09:05"), t("2026-10-16T09:05"),
            Status.LATE, "EMAIL", t("2026-10-16T10:30"), null, "CALL", "Marcus Lee", 49.4,
            "The only activity is an OUTBOUND call 2026-10-16 17:30 UTC = 10:30 PDT whose Associated Contact IDs are"
            + " \"<Hannah Price's id>;<Owen's id>\": the lead's id is the second of two. 48h from Wed 14 Oct 09:05 PDT:"
            + " due Fri 16 Oct 09:05 PDT, so LATE by 85 min. 16:05Z -> 17:30Z two days later = 49.42 h -> 49.4.");

    public static final PlantedLead DF_INBOUND_ONLY = new PlantedLead(DF, "lucia.romero@vantagehealth.example",
            "lucia.romero@vantagehealth.example", "Lucia", "Romero", 2, t("2026-10-15T14:40"), t("2026-10-17T14:40"),
            Status.OVERDUE, "EMAIL", null, null, null, null, null,
            "Scanned twice; the second row's address is \"mailto:Lucia.Romero@...\" which normalises to the same"
            + " email, so one lead, captured at the first scan 14:40 PDT; 48h: due Sat 17 Oct 14:40 PDT. HubSpot has"
            + " only an INCOMING_EMAIL (not outbound) and a SCHEDULED meeting on 2026-11-03 (after the as-of, ignored)."
            + " No touch, deadline passed: OVERDUE.");

    public static final PlantedLead WS_OPEN = new PlantedLead(WS, "ines.carvalho@atlantico-digital.example",
            "ines.carvalho@atlantico-digital.example", "Inês", "Carvalho", 1, t("2026-10-29T10:05"), endOf("2026-11-05"),
            Status.OPEN, "EMAIL", null, null, null, null, null,
            "Captured Thu 29 Oct 10:05 Lisbon (WET = UTC, DST ended 25 Oct). 5bd: Fri 30 Oct, Mon 2, Tue 3, Wed 4,"
            + " Thu 5 Nov: due end of Thu 5 Nov. The Salesforce Lead's email task (22 Oct) is before the capture and"
            + " the call task is Not Started: no touch, and the deadline is after the as-of: OPEN.");

    public static final PlantedLead GX_DEFAULTS_ON_TIME = new PlantedLead(GX, "omar.haddad@gulfdatasystems.example",
            "omar.haddad@gulfdatasystems.example", "Omar", "Haddad", 1, t("2026-10-27T14:10"), endOf("2026-10-29"),
            Status.ON_TIME, "EMAIL", t("2026-10-29T21:00"), null, "EMAIL", "Karim Nasser", 54.8,
            "gitex-2026 has no register row: defaults UTC, 2bd, US. The .xls time 27 Oct 14:10 is read as UTC. Tue"
            + " capture: Wed 28 = 1, Thu 29 = 2: due end of Thu 29 Oct UTC. Email task CompletedDateTime"
            + " 2026-10-29T21:00Z is on time. (Read as Dubai time, or with a 48h default, it would be LATE.)"
            + " 14:10Z -> 21:00Z two days later = 54.83 h -> 54.8.");

    public static final List<PlantedLead> ALL = List.of(HM_HOLIDAY_ON_TIME, HM_COMPLETED_LATE, HM_LIST_EMAIL_ONLY,
            HM_CONVERTED_LEAD, HM_PHONE_MATCH, HM_NAME_DATE_ONLY, HM_LOOKALIKE_NOT_MATCHED, DF_NO_SHOW_AFTER_CANCELLED,
            DF_TWO_CONTACT_IDS_LATE, DF_INBOUND_ONLY, WS_OPEN, GX_DEFAULTS_ON_TIME);

    private PlantedLeads() {
    }
}
