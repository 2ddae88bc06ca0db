package com.leadaudit.crm;

import com.leadaudit.io.TableSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CRM exports leadaudit recognises, by the content of their header row (SPEC §4): Salesforce (Data Loader API
 * names, report labels, weekly Data Export), HubSpot (contacts, calls, emails, meetings, tasks; English labels and
 * internal property names) and Dynamics 365 (contacts, leads, activities; hidden "(Do Not Modify)" columns). Each
 * kind needs a few columns that only it has, so a Task export is never read as an Event export.
 */
public final class CrmSchemas {

    public static final String SF_ACCOUNT = "salesforce-account";
    public static final String SF_USER = "salesforce-user";
    public static final String SF_CONTACT = "salesforce-contact";
    public static final String SF_LEAD = "salesforce-lead";
    public static final String SF_TASK = "salesforce-task";
    public static final String SF_EVENT = "salesforce-event";
    public static final String HS_CONTACT = "hubspot-contacts";
    public static final String HS_CALL = "hubspot-calls";
    public static final String HS_EMAIL = "hubspot-emails";
    public static final String HS_MEETING = "hubspot-meetings";
    public static final String HS_TASK = "hubspot-tasks";
    public static final String DYN_PERSON = "dynamics-people";
    public static final String DYN_ACTIVITY = "dynamics-activities";
    public static final String SF_OPPORTUNITY = "salesforce-opportunity";
    public static final String SF_CONTACT_ROLE = "salesforce-opportunity-contact-role";
    public static final String HS_DEAL = "hubspot-deals";
    public static final String DYN_OPPORTUNITY = "dynamics-opportunities";
    /** The kinds that carry opportunities / deals (SPEC §14). */
    public static final java.util.Set<String> OPPORTUNITY_KINDS = java.util.Set.of(SF_OPPORTUNITY, HS_DEAL,
            DYN_OPPORTUNITY);
    public static final String HS_OWNER = "hubspot-owners";

    // Field names shared by the mappers.
    static final String ID = "id";
    static final String FIRST_NAME = "first_name";
    static final String LAST_NAME = "last_name";
    static final String FULL_NAME = "full_name";
    static final String EMAIL = "email";
    static final String COMPANY = "company";
    static final String ACCOUNT_ID = "account_id";
    static final String PHONE = "phone";
    static final String MOBILE = "mobile";
    static final String HOME_PHONE = "home_phone";
    static final String OTHER_PHONE = "other_phone";
    static final String OWNER = "owner";
    static final String DELETED = "deleted";
    static final String IS_CONVERTED = "is_converted";
    static final String CONVERTED_CONTACT = "converted_contact_id";
    static final String NAME = "name";
    static final String USERNAME = "username";
    static final String ACCOUNT_MARKER = "account_marker";
    static final String WHO_ID = "who_id";
    static final String SUBJECT = "subject";
    static final String STATUS = "status";
    static final String TYPE = "type";
    static final String TASK_SUBTYPE = "task_subtype";
    static final String COMPLETED_AT = "completed_at";
    static final String CREATED_AT = "created_at";
    static final String ACTIVITY_DATE = "activity_date";
    static final String CALL_TYPE = "call_type";
    static final String CALL_DURATION = "call_duration";
    static final String EMAIL_MESSAGE_ID = "email_message_id";
    static final String IS_CLOSED = "is_closed";
    static final String START = "start";
    static final String ALL_DAY = "all_day";
    static final String DURATION = "duration";
    static final String RECORD_ID = "record_id";
    static final String WHEN = "when";
    static final String CONTACT_IDS = "contact_ids";
    static final String CONTACT_EMAIL = "contact_email";
    static final String DIRECTION = "direction";
    static final String OUTCOME = "outcome";
    static final String CALL_STATUS = "call_status";
    /** The hidden "(Do Not Modify) Contact" / "(Do Not Modify) Lead" record column only Dynamics exports have. */
    static final String DYNAMICS_RECORD = "dynamics_record";
    /** Columns read only to recognise a kind of export: they add to its header score. */
    static final String CALL_NOTES = "call_notes";
    static final String EMAIL_DETAILS = "email_details";
    static final String MEETING_DETAILS = "meeting_details";
    static final String TASK_DETAILS = "task_details";
    static final String ACTIVITY_TYPE = "activity_type";
    static final String REGARDING = "regarding";
    static final String ACTUAL_END = "actual_end";
    static final String MODIFIED_ON = "modified_on";
    static final String AMOUNT = "amount";
    static final String ACTUAL_AMOUNT = "actual_amount";
    static final String CURRENCY = "currency";
    static final String STAGE = "stage";
    static final String IS_WON = "is_won";
    static final String CLOSE_DATE = "close_date";
    static final String CONTACT_ID = "contact_id";
    static final String OPPORTUNITY_ID = "opportunity_id";
    static final String ROLE_MARKER = "role_marker";
    static final String ORIGINATING_LEAD = "originating_lead";
    static final String POTENTIAL_CUSTOMER = "potential_customer";
    static final String DYNAMICS_OPPORTUNITY = "dynamics_opportunity";
    /** Columns only user or owner lists have (Alias, Profile, userId, teams, …): they add to the header score. */
    static final String USER_MARKER = "user_marker";

    public static final List<TableSchema> ALL = List.of(
            salesforceAccount(), salesforceUser(), salesforceContact(), salesforceContactReport(), salesforceLead(),
            salesforceTask(),
            salesforceEvent(), hubspotContacts(), hubspotCalls(), hubspotEmails(), hubspotMeetings(), hubspotTasks(),
            dynamicsActivities(), dynamicsPeople(), salesforceUserReport(), hubspotOwners(), hubspotOwnersApi(),
            salesforceOpportunity(), salesforceContactRole(), hubspotDeals(), dynamicsOpportunities());

    private CrmSchemas() {
    }

    private static TableSchema salesforceAccount() {
        Fields f = new Fields()
                .add(ID, "Id", "Account ID", "Account Id")
                .add(NAME, "Name", "Account Name")
                .add(ACCOUNT_MARKER, "BillingCity", "BillingCountry", "BillingStreet", "Billing City",
                        "Billing Country", "AccountNumber", "Account Number", "Industry", "Account Type", "Website",
                        "NumberOfEmployees", "AnnualRevenue")
                .add(DELETED, "IsDeleted");
        return f.schema(SF_ACCOUNT, Set.of(ID, NAME, ACCOUNT_MARKER), 3);
    }

    private static TableSchema salesforceUser() {
        Fields f = new Fields()
                .add(ID, "Id", "User ID")
                .add(USERNAME, "Username", "User Name")
                .add(NAME, "Name", "Full Name")
                .add(FIRST_NAME, "FirstName", "First Name")
                .add(LAST_NAME, "LastName", "Last Name")
                .add(EMAIL, "Email", "Email Address");
        return f.schema(SF_USER, Set.of(ID, USERNAME), 3);
    }

    /**
     * A users report exported with labels (SPEC §14): "User ID" (15 characters), "Full Name" or "First Name" and
     * "Last Name", often without "Username". The "User ID" label is what tells it from other lists of people.
     */
    private static TableSchema salesforceUserReport() {
        Fields f = new Fields()
                .add(ID, "User ID", "User Id", "User: User ID")
                .add(NAME, "Full Name", "User: Full Name", "Name")
                .add(FIRST_NAME, "First Name", "FirstName")
                .add(LAST_NAME, "Last Name", "LastName")
                .add(EMAIL, "Email", "Email Address")
                .add(USERNAME, "Username", "User Name")
                .add(USER_MARKER, "Alias", "Role", "Profile", "Active", "User License", "Last Login", "Title",
                        "Department");
        return f.schema(SF_USER, Set.of(ID), 3);
    }

    /**
     * A HubSpot owners list (SPEC §14): what the {@code hubspot_owner_id} numbers of internal-name exports mean.
     * HubSpot has no owners export in its interface; lists are made from the owners API ("Owner ID" / "ownerId",
     * "First Name" / "firstName", "Last Name" / "lastName", "Email"). An owner id is not a user id ("userId").
     */
    private static TableSchema hubspotOwners() {
        Fields f = new Fields()
                .add(ID, "Owner ID", "ownerId", "Owner Id", "HubSpot Owner ID", "hubspot_owner_id")
                .add(FIRST_NAME, "First Name", "firstName")
                .add(LAST_NAME, "Last Name", "lastName")
                .add(EMAIL, "Email", "email", "Email Address")
                .add(USER_MARKER, "userId", "User ID", "userIdIncludingInactive", "activeUserId", "portalId",
                        "archived", "isActive", "teams", "type", "createdAt", "updatedAt");
        return f.schema(HS_OWNER, Set.of(ID, EMAIL), 3);
    }

    /** The owners API's own field names, "id" first: only with a field owner lists alone have ("userId", …). */
    private static TableSchema hubspotOwnersApi() {
        Fields f = new Fields()
                .add(ID, "id")
                .add(FIRST_NAME, "firstName", "First Name")
                .add(LAST_NAME, "lastName", "Last Name")
                .add(EMAIL, "email", "Email")
                .add(USER_MARKER, "userId", "userIdIncludingInactive", "activeUserId", "portalId", "archived",
                        "teams");
        return f.schema(HS_OWNER, Set.of(ID, EMAIL, USER_MARKER), 4);
    }

    private static Fields personFields() {
        return new Fields()
                // API names, English labels, then the German, French and Spanish labels of localised exports
                .add(FIRST_NAME, "FirstName", "First Name", "Vorname", "Prénom", "Nombre")
                .add(LAST_NAME, "LastName", "Last Name", "Nachname", "Nom", "Apellidos", "Apellido")
                .add(FULL_NAME, "Name", "Full Name", "Vollständiger Name", "Nom complet", "Nombre completo")
                .add(EMAIL, "Email", "Email Address", "E-mail", "Primary Email", "emailaddress1", "E-Mail-Adresse",
                        "Adresse e-mail", "Correo electrónico", "Correo")
                .add(PHONE, "Phone", "Business Phone", "Phone Number", "Work Phone", "telephone1", "Telefonnummer",
                        "Telefon", "Geschäftlich Telefon", "Numéro de téléphone", "Téléphone", "Número de teléfono",
                        "Teléfono")
                .add(MOBILE, "MobilePhone", "Mobile Phone", "Mobile", "Mobile Phone Number", "mobilephone",
                        "Mobiltelefonnummer", "Mobiltelefon", "Numéro de téléphone portable", "Téléphone mobile",
                        "Número de teléfono móvil", "Teléfono móvil")
                .add(HOME_PHONE, "HomePhone", "Home Phone")
                .add(OTHER_PHONE, "OtherPhone", "Other Phone")
                .add(DELETED, "IsDeleted", "Deleted");
    }

    private static TableSchema salesforceContact() {
        Fields f = personFields()
                .add(ID, "Id", "Contact ID", "Contact Id")
                .add(ACCOUNT_ID, "AccountId", "Account ID")
                .add(COMPANY, "Account Name", "Account.Name", "Account: Account Name")
                .add(OWNER, "OwnerId", "Contact Owner", "Owner.Name", "Contact Owner Alias", "Kontaktinhaber",
                        "Propriétaire du contact", "Propietario del contacto");
        return f.schema(SF_CONTACT, Set.of(ID, LAST_NAME, ACCOUNT_ID), 4);
    }

    /**
     * A contact report exported with labels: no AccountId, but the account's name ("Account Name") beside
     * "Contact ID". Without this schema such a file would be taken for a HubSpot contacts export, whose "Contact ID"
     * means the same, and its ids would never meet the tasks that point at them.
     */
    private static TableSchema salesforceContactReport() {
        Fields f = personFields()
                .add(ID, "Contact ID", "Contact Id")
                .add(COMPANY, "Account Name", "Account.Name", "Account: Account Name")
                .add(OWNER, "Contact Owner", "Owner.Name", "Contact Owner Alias", "OwnerId");
        return f.schema(SF_CONTACT, Set.of(ID, LAST_NAME, COMPANY), 4);
    }

    private static TableSchema salesforceLead() {
        Fields f = personFields()
                .add(ID, "Id", "Lead ID", "Lead Id")
                .add(COMPANY, "Company", "Company / Account")
                .add(OWNER, "OwnerId", "Lead Owner", "Owner.Name", "Lead Owner Alias", "Lead-Inhaber",
                        "Propriétaire du lead", "Propietario del candidato")
                .add(IS_CONVERTED, "IsConverted", "Converted")
                .add(CONVERTED_CONTACT, "ConvertedContactId", "Converted Contact ID", "Converted Contact");
        return f.schema(SF_LEAD, Set.of(ID, LAST_NAME, IS_CONVERTED), 4);
    }

    private static TableSchema salesforceTask() {
        Fields f = new Fields()
                .add(ID, "Id", "Activity ID", "Task ID")
                .add(WHO_ID, "WhoId", "Name ID", "Contact/Lead ID", "Who ID", "Who.Id", "Contact ID", "Lead ID")
                .add(SUBJECT, "Subject")
                .add(STATUS, "Status")
                .add(TYPE, "Type", "Task Type", "Type__c")
                .add(TASK_SUBTYPE, "TaskSubtype", "Task Subtype")
                .add(COMPLETED_AT, "CompletedDateTime", "Completed Date", "Completed Date/Time", "Date Completed")
                .add(CREATED_AT, "CreatedDate", "Created Date")
                .add(ACTIVITY_DATE, "ActivityDate", "Due Date", "Due Date Only", "Date")
                .add(OWNER, "OwnerId", "Assigned To", "Assigned", "Owner.Name", "Assigned To ID")
                .add(CALL_TYPE, "CallType", "Call Type")
                .add(CALL_DURATION, "CallDurationInSeconds", "Call Duration")
                .add(EMAIL_MESSAGE_ID, "EmailMessageId")
                .add(IS_CLOSED, "IsClosed", "Closed")
                .add(DELETED, "IsDeleted");
        return f.schema(SF_TASK, Set.of(ID, WHO_ID, STATUS), 4);
    }

    private static TableSchema salesforceEvent() {
        Fields f = new Fields()
                .add(ID, "Id", "Activity ID", "Event ID")
                .add(WHO_ID, "WhoId", "Name ID", "Contact/Lead ID", "Who ID", "Who.Id", "Contact ID", "Lead ID")
                .add(SUBJECT, "Subject")
                .add(START, "StartDateTime", "ActivityDateTime", "Start Date Time", "Start", "Due Date Time",
                        "Date/Time")
                .add(ACTIVITY_DATE, "ActivityDate", "Due Date Only", "Start Date", "Date")
                .add(ALL_DAY, "IsAllDayEvent", "All Day Event", "All-Day Event")
                .add(DURATION, "DurationInMinutes", "Duration")
                .add(OWNER, "OwnerId", "Assigned To", "Assigned", "Owner.Name", "Assigned To ID")
                .add(TYPE, "Type", "EventSubtype")
                .add(DELETED, "IsDeleted");
        return f.schema(SF_EVENT, Set.of(ID, WHO_ID, START), 4);
    }

    private static TableSchema hubspotContacts() {
        Fields f = personFields()
                // "Record ID - Contact" when the export includes the associated company's columns
                .add(RECORD_ID, "Record ID", "Record ID - Contact", "Contact ID", "hs_object_id", "vid",
                        "ID de fiche d'informations", "ID de registro", "Datensatz-ID")
                .add(COMPANY, "Company Name", "Company", "Associated Company")
                .add(OWNER, "Contact owner", "HubSpot Owner", "hubspot_owner_id", "Owner", "Kontaktinhaber",
                        "Propriétaire du contact", "Propietario del contacto");
        return f.schema(HS_CONTACT, Set.of(RECORD_ID, EMAIL), 4);
    }

    private static Fields hubspotActivity() {
        return new Fields()
                .add(RECORD_ID, "Record ID", "hs_object_id", "Activity ID", "Engagement ID")
                .add(WHEN, "Activity date", "hs_timestamp", "Activity Date/Time", "Date")
                .add(OWNER, "Activity assigned to", "hubspot_owner_id", "Assigned to", "Activity owner", "Owner")
                .add(CONTACT_IDS, "Associated Contact IDs", "Associated Contact ID", "Associated Contacts IDs",
                        "Contact IDs")
                .add(CONTACT_EMAIL, "Associated Contact Email", "Contact email", "Associated Contact Emails")
                .add(TYPE, "Activity type", "Email type", "hs_activity_type", "Type");
    }

    private static TableSchema hubspotCalls() {
        Fields f = hubspotActivity()
                .add(SUBJECT, "Call Title", "hs_call_title")
                .add(DIRECTION, "Call direction", "hs_call_direction")
                .add(OUTCOME, "Call outcome", "hs_call_disposition")
                .add(CALL_STATUS, "Call status", "hs_call_status")
                .add(CALL_NOTES, "Call notes", "hs_call_body", "Call duration", "hs_call_duration",
                        "Call recording URL", "Call to number", "Call from number");
        return f.schema(HS_CALL, Set.of(RECORD_ID, WHEN), 4);
    }

    private static TableSchema hubspotEmails() {
        Fields f = hubspotActivity()
                .add(SUBJECT, "Email subject", "hs_email_subject")
                .add(DIRECTION, "Email direction", "hs_email_direction")
                .add(EMAIL_DETAILS, "Email send status", "hs_email_status", "Email body", "hs_email_text",
                        "Email text", "Email from address", "Email to address");
        return f.schema(HS_EMAIL, Set.of(RECORD_ID, WHEN), 4);
    }

    private static TableSchema hubspotMeetings() {
        Fields f = hubspotActivity()
                .add(SUBJECT, "Meeting name", "hs_meeting_title", "Meeting title")
                .add(OUTCOME, "Meeting outcome", "hs_meeting_outcome")
                .add(START, "Meeting start time", "hs_meeting_start_time", "Start Time")
                .add(MEETING_DETAILS, "Meeting location", "Meeting end time", "hs_meeting_end_time",
                        "Meeting description", "hs_meeting_body");
        return f.schema(HS_MEETING, Set.of(RECORD_ID), 4);
    }

    private static TableSchema hubspotTasks() {
        // For tasks the activity date is the due date (hs_timestamp), exported as "Due date".
        Fields f = hubspotActivity()
                .add(WHEN, "Activity date", "hs_timestamp", "Activity Date/Time", "Date", "Due date")
                .add(SUBJECT, "Task title", "hs_task_subject", "Title")
                .add(STATUS, "Task status", "hs_task_status")
                .add(COMPLETED_AT, "Completed at", "Task completion date", "Task completed date",
                        "hs_task_completion_date", "Completion date", "Date completed", "Completed date")
                .add(TASK_SUBTYPE, "Task type", "hs_task_type")
                .add(TASK_DETAILS, "Task priority", "hs_task_priority", "Task notes", "hs_task_body");
        return f.schema(HS_TASK, Set.of(RECORD_ID, STATUS), 4);
    }

    private static TableSchema dynamicsActivities() {
        Fields f = new Fields()
                .add(ACTIVITY_TYPE, "Activity Type", "activitytypecode")
                .add(SUBJECT, "Subject", "subject")
                .add(REGARDING, "Regarding", "regardingobjectid", "regardingobjectidname", "Regarding (Contact)",
                        "Regarding (Lead)", "Bezug", "Concernant", "Referente a")
                .add(CONTACT_EMAIL, "Email (Regarding) (Contact)", "Email (Regarding)", "Regarding Email",
                        "Regarding (Email)", "Email (Regarding) (Lead)", "Email Address (Regarding)")
                .add(STATUS, "Activity Status", "Status", "statecode", "Status Reason", "statuscode")
                .add(ACTUAL_END, "Actual End", "actualend", "Tatsächliches Ende", "Fin réelle", "Fin real")
                // "Last Updated" is how the Activity (ActivityPointer) table names modifiedon
                .add(MODIFIED_ON, "Modified On", "modifiedon", "Last Updated", "Geändert am", "Modifié le",
                        "Fecha de modificación")
                .add(OWNER, "Owner", "ownerid", "Assigned To")
                .add(DIRECTION, "Direction", "directioncode");
        return f.schema(DYN_ACTIVITY, Set.of(ACTIVITY_TYPE, REGARDING, STATUS), 4);
    }

    private static TableSchema dynamicsPeople() {
        Fields f = personFields()
                .add(COMPANY, "Company Name", "Company", "Account Name", "Parent Customer", "Parent Account",
                        "Organization", "companyname", "Firmenname", "Nom de la société", "Nombre de la empresa")
                // "User Name (Owning User) (User)": the owner as a related-entity column
                .add(OWNER, "Owner", "ownerid", "User Name (Owning User)", "Besitzer", "Propriétaire", "Propietario")
                .add(DYNAMICS_RECORD, "(Do Not Modify) Contact", "(Do Not Modify) Lead");
        // Default Dynamics contact views show " Full Name" and no Last Name column, so only Email is required
        // besides the hidden record column: without it, any contacts list with an Email column (a HubSpot export
        // whose id column is spelt unusually) would pass for a Dynamics one (SPEC §4: identifying columns).
        return f.schema(DYN_PERSON, Set.of(EMAIL, DYNAMICS_RECORD), 4);
    }

    /** Salesforce Opportunity (SPEC §14): Data Loader API names and report labels. */
    private static TableSchema salesforceOpportunity() {
        Fields f = new Fields()
                .add(ID, "Id", "Opportunity ID", "Opportunity Id")
                .add(NAME, "Name", "Opportunity Name")
                .add(ACCOUNT_ID, "AccountId", "Account ID")
                .add(CONTACT_ID, "ContactId", "Contact ID")
                .add(AMOUNT, "Amount")
                .add(CURRENCY, "CurrencyIsoCode", "Opportunity Currency", "Amount Currency", "Currency")
                .add(STAGE, "StageName", "Stage")
                .add(IS_CLOSED, "IsClosed", "Closed")
                .add(IS_WON, "IsWon", "Won")
                .add(CREATED_AT, "CreatedDate", "Created Date")
                .add(CLOSE_DATE, "CloseDate", "Close Date")
                .add(OWNER, "OwnerId", "Opportunity Owner", "Owner.Name")
                .add(DELETED, "IsDeleted");
        return f.schema(SF_OPPORTUNITY, Set.of(ID, STAGE, CLOSE_DATE), 4);
    }

    /** Salesforce OpportunityContactRole: the contacts an opportunity belongs to. */
    private static TableSchema salesforceContactRole() {
        Fields f = new Fields()
                .add(OPPORTUNITY_ID, "OpportunityId", "Opportunity ID")
                .add(CONTACT_ID, "ContactId", "Contact ID")
                .add(ROLE_MARKER, "IsPrimary", "Primary", "Role", "Contact Role")
                .add(ID, "Id", "Opportunity Contact Role ID")
                .add(DELETED, "IsDeleted");
        return f.schema(SF_CONTACT_ROLE, Set.of(OPPORTUNITY_ID, CONTACT_ID, ROLE_MARKER), 3);
    }

    /** HubSpot deals export: labels and internal names; won/lost from the stage's meaning. */
    private static TableSchema hubspotDeals() {
        Fields f = new Fields()
                .add(RECORD_ID, "Record ID", "Deal ID", "hs_object_id")
                .add(NAME, "Deal Name", "dealname")
                .add(AMOUNT, "Amount", "amount", "Betrag", "Montant", "Importe")
                .add(CURRENCY, "Currency", "Deal currency code", "deal_currency_code", "Währung", "Devise",
                        "Moneda")
                .add(STAGE, "Deal Stage", "dealstage", "Deal-Phase", "Phase de la transaction",
                        "Etapa del negocio")
                .add(IS_CLOSED, "Is Closed", "hs_is_closed", "Is closed")
                .add(IS_WON, "Is Closed Won", "hs_is_closed_won")
                .add(CREATED_AT, "Create Date", "createdate", "Erstelldatum", "Date de création",
                        "Fecha de creación")
                .add(CLOSE_DATE, "Close Date", "closedate", "Abschlussdatum", "Date de fermeture",
                        "Fecha de cierre")
                .add(OWNER, "Deal owner", "hubspot_owner_id", "Dealinhaber", "Propriétaire de la transaction",
                        "Propietario del negocio")
                .add(CONTACT_IDS, "Associated Contact IDs", "Associated Contact ID", "Associated Contacts IDs");
        return f.schema(HS_DEAL, Set.of(RECORD_ID, STAGE), 4);
    }

    /** Dynamics 365 opportunities, Export to Excel with its hidden "(Do Not Modify) Opportunity" column. */
    private static TableSchema dynamicsOpportunities() {
        Fields f = new Fields()
                .add(DYNAMICS_OPPORTUNITY, "(Do Not Modify) Opportunity")
                .add(NAME, "Topic", "name", "Thema", "Sujet", "Tema")
                .add(AMOUNT, "Est. Revenue", "Estimated Revenue", "estimatedvalue", "Gesch. Umsatz",
                        "Chiffre d'affaires estimé", "Ingresos estimados")
                .add(ACTUAL_AMOUNT, "Actual Revenue", "actualvalue", "Tatsächlicher Umsatz",
                        "Chiffre d'affaires réel", "Ingresos reales")
                .add(STATUS, "Status", "statecode")
                .add(STAGE, "Pipeline Phase", "stepname", "Sales Stage", "salesstage", "Status Reason")
                .add(CURRENCY, "Currency", "transactioncurrencyid")
                .add(CREATED_AT, "Created On", "createdon", "Erstellt am", "Créé le", "Fecha de creación")
                .add(CLOSE_DATE, "Actual Close Date", "actualclosedate", "Tatsächliches Abschlussdatum",
                        "Date de clôture réelle", "Fecha de cierre real")
                .add(ORIGINATING_LEAD, "Originating Lead", "originatingleadid")
                .add(POTENTIAL_CUSTOMER, "Potential Customer", "customerid")
                .add(CONTACT_EMAIL, "Email (Potential Customer) (Contact)", "Email (Potential Customer)",
                        "Email (Contact)", "Email (Originating Lead) (Lead)", "Email (Originating Lead)")
                .add(OWNER, "Owner", "ownerid");
        return f.schema(DYN_OPPORTUNITY, Set.of(DYNAMICS_OPPORTUNITY, NAME), 4);
    }

    /** Keeps the synonym lists readable: field first, then every header spelling seen for it. */
    private static final class Fields {
        private final Map<String, List<String>> synonyms = new LinkedHashMap<>();

        Fields add(String field, String... headers) {
            synonyms.put(field, List.of(headers));
            return this;
        }

        TableSchema schema(String kind, Set<String> required, int minMatched) {
            return new TableSchema(kind, synonyms, required, minMatched);
        }
    }
}
