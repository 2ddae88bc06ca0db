package com.leadaudit.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Badge-scan exports that only exist as workbooks, built with POI the way the vendors' Excel exports look. Header
 * texts follow the vendors' documented field models (research/export-formats.md §1); values are invented.
 */
public final class BadgeScanWorkbooks {

    private BadgeScanWorkbooks() {
    }

    /**
     * Cvent LeadCapture "Lead Report": a merged title banner, an event line and a blank row above the header; the
     * capture time as a real date-time cell; a qualification question as its own column.
     */
    public static Path cventLeadCapture(Path file) throws IOException {
        return SheetBuilder.xlsx("Leads")
                .row("Cvent LeadCapture - Lead Report").merge(0, 0, 0, 14)
                .row("Event: Hannover Messe 2026 | Exhibitor: Acme Robotics | Exported 2026-04-25 08:00")
                .blankRow()
                .row("Created", "First Name", "Last Name", "Email Address", "Company", "Title", "Work Phone",
                        "Mobile Phone", "Booth Staff", "Device Name", "License Code", "Source", "Qualified",
                        "Comments", "Country", "Which product line interests you?")
                .row(LocalDateTime.of(2026, 4, 20, 10, 15), "Anna", "Schmidt", " ANNA.Schmidt@Acme-Robotics.de ",
                        "Acme Robotics GmbH", "Head of Automation", "+49 511 1234567", null, "Kai Berg",
                        "North Gate", "nag1248", "scanned", "true", "Wants a demo in May", "Germany", "Cobots")
                .row(LocalDateTime.of(2026, 4, 20, 14, 42, 30), "Jonas", "Weber", null, "Weber Logistik GmbH",
                        "Fleet Manager", null, "0171 2345678", null, "South Hall", "nag1250", "manual", "false",
                        null, "Germany", null)
                .row(LocalDateTime.of(2026, 4, 21, 9, 5), null, null, null, null, null, null, null, "Kai Berg",
                        "North Gate", "nag1248", "business_card_scanned", null, "card photo pending", null, null)
                .write(file);
    }

    /** Swapcard leads via Validar: the scan date and the scan time in separate cells, typed as date and time. */
    public static Path swapcardXlsx(Path file) throws IOException {
        return SheetBuilder.xlsx("Leads")
                .row("First Name", "Last Name", "Job Title", "Company", "Email Address", "Country", "Scan Date",
                        "Scan Time", "Scanned By", "Notes")
                .row("Priya", "Raman", "VP Engineering", "Bluefin Analytics Inc.", "priya@bluefin.example",
                        "United States", LocalDate.of(2026, 3, 27), LocalTime.of(16, 15), "Tom Reyes",
                        "Follow up on API pricing")
                .row("Marcus", "Cole", "Buyer", "Cole & Sons LLC", "marcus.cole@coleandsons.example",
                        "United States", LocalDate.of(2026, 3, 28), "9:05 AM", "Tom Reyes", null)
                .write(file);
    }

    /**
     * A German exhibitor's own export as a legacy xls: a title row, German headers, the capture time as text in
     * German notation and a free question column.
     */
    public static Path messeXls(Path file) throws IOException {
        return SheetBuilder.xls("Kontakte")
                .row("Messe-Kontakte Hannover 2026")
                .row("Vorname", "Nachname", "E-Mail-Adresse", "Firma", "Position", "Telefon", "Land", "Erfasst am",
                        "Erfasst von", "Bewertung", "Notizen", "Interesse an")
                .row("Jürgen", "Groß", "j.gross@grosswerk.example", "Großwerk AG", "Einkaufsleiter",
                        "+49 (0)89 1234-567", "Deutschland", "22.04.2026 14:05", "Lena Ott", "heiß", "Rückruf KW 18",
                        "Schweißroboter")
                .row("Anke", "Möller", "anke.moeller@moeller-kg.example", "Möller KG", "Geschäftsführerin",
                        null, "Deutschland", "23.04.2026 09:30", "Lena Ott", "B", null, null)
                .write(file);
    }
}
