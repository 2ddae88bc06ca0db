package com.leadaudit.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Dynamics 365 "Export to Excel" static worksheets: three hidden "(Do Not Modify)" columns first (record GUID, row
 * checksum, modified-on), then the view's columns under their display names — one of them with the stray leading
 * space a real view export showed (research/export-formats.md §2.6). Times are local date-time cells.
 */
public final class DynamicsWorkbooks {

    private static final LocalDateTime EXPORTED = LocalDateTime.of(2026, 4, 25, 7, 0);

    private DynamicsWorkbooks() {
    }

    public static Path activeContacts(Path file) throws IOException {
        return SheetBuilder.xlsx("Active Contacts")
                .row("(Do Not Modify) Contact", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
                        " Full Name", "Parent Customer", "Email", "Business Phone", "Mobile Phone", "Owner")
                .row("6F1C2A9E-7B41-4F0E-9A51-0C2D4E6F8A11", "kQ3xv9Yp2mTq8bZ1nW4rJg==", EXPORTED,
                        "Irene Novak", "Cedarpoint Labs", "irene.novak@cedarpoint-labs.example", "+1 (617) 555-0182",
                        null, "Sam Carter")
                .row("8A2D3B0F-1C52-4E1F-8B62-1D3E5F7A9B22", "Pz7LmQ2sV8kR1tY6cX0aHw==", EXPORTED,
                        "Jack Moreno", "Summit Ridge Outfitters", "jack.moreno@summitridge.example", null,
                        "720-555-0110", "Sam Carter")
                .hideColumns(0, 1, 2)
                .write(file);
    }

    public static Path openLeads(Path file) throws IOException {
        return SheetBuilder.xlsx("My Open Leads")
                .row("(Do Not Modify) Lead", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
                        "Subject", "First Name", "Last Name", "Job Title", "Company Name", "Email", "Business Phone",
                        "Country", "Lead Source", "Rating", "Owner")
                .row("C3E4F5A6-B7C8-4D9E-8F01-23456789ABCD", "aB3dE5fG7hJ9kL1mN3pQ5r==", EXPORTED,
                        "Interested in cobots", "Grace", "Huang", "Plant Manager", "Tidemark Systems",
                        "Grace.Huang@Tidemark.example", "(206) 555-0123", "United States", "Trade Show", "Hot",
                        "Jordan Blake")
                .hideColumns(0, 1, 2)
                .write(file);
    }

    public static Path allActivities(Path file) throws IOException {
        return SheetBuilder.xlsx("All Activities")
                .row("(Do Not Modify) Activity", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
                        "Activity Type", "Subject", "Regarding", "Email (Regarding) (Contact)", "Activity Status",
                        "Actual End", "Modified On", "Owner", "Direction")
                .row("3F1C2A9E-7B41-4F0E-9A51-0C2D4E6F8A11", "kQ3xv9Yp2mTq8bZ1nW4rJg==", EXPORTED, "Phone Call",
                        "Follow-up call", "Irene Novak", "irene.novak@cedarpoint-labs.example", "Completed",
                        LocalDateTime.of(2026, 4, 21, 15, 30), LocalDateTime.of(2026, 4, 21, 15, 31), "Sam Carter",
                        "Outgoing")
                .row("5A7E0C13-2D98-4B6A-8F3E-91B2C4D5E622", "Pz7LmQ2sV8kR1tY6cX0aHw==", EXPORTED, "Email",
                        "Thanks for visiting our booth", "Jack Moreno", "jack.moreno@summitridge.example",
                        "Completed", null, LocalDateTime.of(2026, 4, 22, 8, 5), "Sam Carter", "Outgoing")
                .row("7B8C9D0E-1F2A-4B3C-9D4E-5F6A7B8C9D0E", "Xy1zA2bC3dE4fG5hI6jK7l==", EXPORTED, "Task",
                        "Prepare proposal", "Jack Moreno", "jack.moreno@summitridge.example", "Open", null,
                        LocalDateTime.of(2026, 4, 22, 9, 0), "Sam Carter", null)
                .row("9D0E1F2A-3B4C-4D5E-8F6A-7B8C9D0E1F2A", "Mn8oP9qR0sT1uV2wX3yZ4a==", EXPORTED, "Appointment",
                        "Site visit", "Irene Novak", "irene.novak@cedarpoint-labs.example", "Canceled",
                        LocalDateTime.of(2026, 4, 24, 10, 0), LocalDateTime.of(2026, 4, 23, 17, 0), "Sam Carter", null)
                .hideColumns(0, 1, 2)
                .write(file);
    }

    /**
     * "My Open Opportunities" with the customer named by its contact's email (related-entity column): Irene Novak's
     * deal won at its actual revenue, Jack Moreno's open, amounts as currency cells and currencies by name.
     */
    public static Path openOpportunities(Path file) throws IOException {
        return SheetBuilder.xlsx("My Open Opportunities")
                .row("(Do Not Modify) Opportunity", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On",
                        "Topic", "Potential Customer", "Email (Potential Customer) (Contact)", "Est. Revenue",
                        "Actual Revenue", "Status", "Currency", "Created On", "Actual Close Date", "Owner")
                .row("2C4E6A8B-0D1F-4A3C-9E5B-7D9F1B3D5E7A", "Gh5jK7lM9nP1qR3sT5uV7w==", EXPORTED, "Lab automation",
                        "Irene Novak", "irene.novak@cedarpoint-labs.example", 30000, 28500, "Won", "Euro",
                        LocalDateTime.of(2026, 4, 20, 10, 0), LocalDateTime.of(2026, 4, 24, 0, 0), "Sam Carter")
                .row("4E6A8C0D-2F1B-4C5E-8A7D-9F1B3D5E7A9C", "Wx9yZ1aB3cD5eF7gH9iJ1k==", EXPORTED, "Trail gear",
                        "Jack Moreno", "jack.moreno@summitridge.example", 5000, null, "Open", "US Dollar",
                        LocalDateTime.of(2026, 4, 22, 9, 0), null, "Sam Carter")
                .hideColumns(0, 1, 2)
                .write(file);
    }
}
