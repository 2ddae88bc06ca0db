package com.leadaudit.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small but realistic schemas, standing in for the ones the import code defines. */
final class TestSchemas {

    private TestSchemas() {
    }

    static TableSchema scans() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("email", List.of("Email", "Email Address", "E-Mail", "Courriel"));
        fields.put("firstName", List.of("First Name", "FirstName", "Prénom", "Vorname"));
        fields.put("lastName", List.of("Last Name", "LastName", "Nom", "Nachname"));
        fields.put("company", List.of("Company", "Company Name", "Société", "Firma"));
        fields.put("phone", List.of("Phone", "Business Phone", "Mobile Phone"));
        fields.put("scannedAt", List.of("Scan Date", "Scanned At", "Captured At", "Scan-Datum"));
        fields.put("rating", List.of("Rating", "Lead Rating"));
        return new TableSchema("scans", fields, Set.of("email"), 3);
    }

    static TableSchema salesforceTask() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("id", List.of("Id", "Activity ID"));
        fields.put("whoId", List.of("WhoId", "Name ID"));
        fields.put("subject", List.of("Subject"));
        fields.put("activityDate", List.of("ActivityDate", "Due Date"));
        fields.put("status", List.of("Status"));
        fields.put("createdDate", List.of("CreatedDate", "Created Date"));
        fields.put("taskSubtype", List.of("TaskSubtype", "Task Subtype"));
        return new TableSchema("salesforce-task", fields, Set.of("id", "subject"), 4);
    }

    static TableSchema salesforceLeadReport() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("owner", List.of("Lead Owner"));
        fields.put("firstName", List.of("First Name"));
        fields.put("lastName", List.of("Last Name"));
        fields.put("company", List.of("Company / Account", "Company"));
        fields.put("email", List.of("Email"));
        fields.put("createdAt", List.of("Create Date", "Created Date"));
        return new TableSchema("salesforce-lead-report", fields, Set.of("email", "owner"), 4);
    }
}
