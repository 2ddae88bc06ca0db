package com.leadaudit.scan;

import com.leadaudit.io.TableSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Header synonyms of badge-scan exports (SPEC §4, §5): Cvent LeadCapture, Swapcard/Validar, talque, pretix,
 * Jublia-style and generic lead apps, in English and the languages exhibitors' staff export in. Matching is case-
 * and accent-insensitive and ignores punctuation, so "E-Mail", "e_mail" and "EMAIL" are one synonym.
 */
public final class BadgeScanSchema {

    public static final String SCANNED_AT = "scanned_at";
    public static final String SCAN_DATE = "scan_date";
    public static final String SCAN_TIME = "scan_time";
    public static final String FIRST_NAME = "first_name";
    public static final String LAST_NAME = "last_name";
    public static final String FULL_NAME = "full_name";
    public static final String EMAIL = "email";
    public static final String COMPANY = "company";
    public static final String TITLE = "title";
    public static final String PHONE = "phone";
    public static final String MOBILE = "mobile";
    public static final String COUNTRY = "country";
    public static final String BADGE_ID = "badge_id";
    public static final String SCANNED_BY = "scanned_by";
    public static final String DEVICE = "device";
    public static final String RATING = "rating";
    public static final String NOTES = "notes";

    /** Columns that describe the contact or the export itself rather than answer a qualifying question. */
    static final Set<String> NOT_ANSWERS = Set.of(
            "address", "address 1", "address 2", "street", "city", "state", "zip", "zip code", "postal code",
            "postcode", "region", "province", "fax", "website", "web", "salutation", "prefix", "suffix", "middle name",
            "event", "event name", "event id", "exhibitor", "exhibitor name", "exhibitor id", "source", "origin",
            "lead source", "type", "application", "deleted", "matched", "transcription status", "appointment",
            "last modified", "last modified by", "created by", "home phone", "department", "tags", "scan type",
            "device id", "device uuid", "capture source", "lead type", "gender", "strasse", "plz", "ort", "stadt",
            // a second way of saying who scanned (Cvent has booth staff, device and licence code side by side)
            "device", "device name", "license code", "licence code", "access code", "booth staff", "scanned by",
            "work address", "work address 1", "work address 2", "home address", "country code", "region code",
            "state or province", "attendee id", "registration id");

    public static final TableSchema SCHEMA = new TableSchema("badge-scan", synonyms(), Set.of(), 3);

    private BadgeScanSchema() {
    }

    private static Map<String, List<String>> synonyms() {
        Map<String, List<String>> s = new LinkedHashMap<>();
        s.put(SCANNED_AT, List.of("scanned at", "scanned", "scan timestamp", "scan date time", "scan datetime",
                "scanned on", "date scanned", "time scanned", "captured at", "capture time", "captured", "captured on",
                "capture date", "lead captured", "lead created", "created", "created at", "created date", "created on",
                "timestamp", "date time", "date/time", "lead date", "collected at", "erfasst am", "erfasst",
                "scanzeitpunkt", "scan zeitpunkt", "zeitstempel", "date de scan", "scanne le", "date du scan",
                "fecha de escaneo", "fecha", "data scansione", "scan datum"));
        s.put(SCAN_DATE, List.of("scan date", "date", "datum", "capture day", "scan day"));
        s.put(SCAN_TIME, List.of("scan time", "time", "uhrzeit", "zeit", "heure", "hora"));
        s.put(FIRST_NAME, List.of("first name", "firstname", "first", "given name", "name first", "forename",
                "vorname", "prenom", "nombre", "nome", "voornaam"));
        s.put(LAST_NAME, List.of("last name", "lastname", "last", "surname", "family name", "name last", "nachname",
                "familienname", "nom", "nom de famille", "apellido", "apellidos", "cognome", "achternaam"));
        s.put(FULL_NAME, List.of("name", "full name", "attendee name", "attendee", "contact name", "visitor name",
                "visitor", "lead name", "contact", "vollstandiger name", "nom complet", "nombre completo"));
        s.put(EMAIL, List.of("email", "e mail", "email address", "e mail address", "emailaddress", "work email",
                "business email", "email work", "primary email", "mail", "e mail adresse", "courriel",
                "attendee email", "attendee e mail", "visitor email", "contact email", "lead email",
                "adresse e mail", "correo", "correo electronico", "posta elettronica"));
        s.put(COMPANY, List.of("company", "company name", "organization", "organisation", "organization name",
                "account", "account name", "employer", "business name", "firma", "firmenname", "unternehmen",
                "societe", "entreprise", "empresa", "azienda", "bedrijf"));
        s.put(TITLE, List.of("title", "job title", "jobtitle", "position", "job", "role", "job role",
                "designation", "funktion", "berufsbezeichnung", "titel", "poste", "fonction", "cargo", "puesto",
                "ruolo", "functie"));
        s.put(PHONE, List.of("phone", "work phone", "business phone", "phone number", "telephone", "telephone number",
                "tel", "office phone", "direct phone", "phone work", "telefon", "telefonnummer", "telephone fixe",
                "telefono", "telefoon", "workphone"));
        s.put(MOBILE, List.of("mobile", "mobilephone", "mobile phone", "mobile number", "cell", "cell phone", "cellphone", "mobil",
                "mobiltelefon", "handy", "portable", "movil", "cellulare"));
        s.put(COUNTRY, List.of("country", "country region", "country name", "land", "pays", "pais", "paese"));
        s.put(BADGE_ID, List.of("badge id", "badge", "badge number", "badge no", "badge code", "barcode", "qr code",
                "registration id", "registration number", "attendee id", "lead id", "reference id", "code",
                "ticket", "ticket id", "order code", "visitor id", "besucher id", "ausweis id", "referenceid"));
        s.put(SCANNED_BY, List.of("scanned by", "booth staff", "booth staff member", "staff", "staff member",
                "captured by", "collected by", "scanner", "scanned by user", "user", "exhibitor user", "team member",
                "rep", "booth rep", "erfasst von", "gescannt von", "mitarbeiter", "scanne par", "escaneado por", "operator",
                "username api key", "boothstaff"));
        s.put(DEVICE, List.of("device", "device name", "license code", "licence code", "license", "licence",
                "access code", "app user", "scanning device", "gerat"));
        s.put(RATING, List.of("rating", "lead rating", "rating 0 5", "score", "lead score", "lead quality",
                "qualification", "qualified", "temperature", "lead temperature", "priority", "stars", "grade",
                "bewertung", "einstufung", "prioritat", "evaluation", "qualification du lead", "calificacion",
                "valutazione", "rating stars", "lead status"));
        s.put(NOTES, List.of("notes", "note", "comments", "comment", "remarks", "lead notes", "memo", "notizen",
                "bemerkungen", "kommentar", "kommentare", "commentaires", "remarques", "notas", "comentarios",
                "sponsor notes"));
        return s;
    }
}
