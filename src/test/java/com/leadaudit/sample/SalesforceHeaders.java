package com.leadaudit.sample;

/**
 * Salesforce Data Loader export headers exactly as in the real exports (shared/real-exports/salesforce-data-loader),
 * Task with the CompletedDateTime column real orgs have: shared by the sample generator and the benchmark data.
 */
public final class SalesforceHeaders {

    public static final String ACCOUNT_HEADER = "Id,IsDeleted,MasterRecordId,Name,Type,ParentId,BillingStreet,BillingCity,"
            + "BillingState,BillingPostalCode,BillingCountry,BillingLatitude,BillingLongitude,BillingGeocodeAccuracy,"
            + "BillingAddress,ShippingStreet,ShippingCity,ShippingState,ShippingPostalCode,ShippingCountry,"
            + "ShippingLatitude,ShippingLongitude,ShippingGeocodeAccuracy,ShippingAddress,Phone,Fax,Website,PhotoUrl,"
            + "Industry,AnnualRevenue,NumberOfEmployees,Description,OwnerId,CreatedDate,CreatedById,LastModifiedDate,"
            + "LastModifiedById,SystemModstamp,LastActivityDate,LastViewedDate,LastReferencedDate,IsCustomerPortal,"
            + "Jigsaw,JigsawCompanyId,AccountSource,DunsNumber,Tradestyle,NaicsCode,NaicsDesc,YearStarted,SicDesc,"
            + "DandbCompanyId,External_id__c,Classification__c,Employee_Identification_Number__c,Branch__c";

    public static final String CONTACT_HEADER = "Id,IsDeleted,MasterRecordId,AccountId,LastName,FirstName,Salutation,Name,"
            + "OtherStreet,OtherCity,OtherState,OtherPostalCode,OtherCountry,OtherLatitude,OtherLongitude,"
            + "OtherGeocodeAccuracy,OtherAddress,MailingStreet,MailingCity,MailingState,MailingPostalCode,"
            + "MailingCountry,MailingLatitude,MailingLongitude,MailingGeocodeAccuracy,MailingAddress,Phone,Fax,"
            + "MobilePhone,HomePhone,OtherPhone,AssistantPhone,ReportsToId,Email,Title,Department,AssistantName,"
            + "LeadSource,Birthdate,Description,OwnerId,HasOptedOutOfEmail,HasOptedOutOfFax,DoNotCall,"
            + "CanAllowPortalSelfReg,CreatedDate,CreatedById,LastModifiedDate,LastModifiedById,SystemModstamp,"
            + "LastActivityDate,LastCURequestDate,LastCUUpdateDate,LastViewedDate,LastReferencedDate,"
            + "EmailBouncedReason,EmailBouncedDate,IsEmailBounced,PhotoUrl,Jigsaw,JigsawContactId,IndividualId,"
            + "External_id__c,Gender__c,Employed__c,Current_Employer__c,Annual_Income__c,Designation__c,"
            + "Education_Level__c,Housing_Status__c,Driving_License_Number__c,Branch__c";

    public static final String LEAD_HEADER = "Id,IsDeleted,MasterRecordId,LastName,FirstName,Salutation,Name,Title,Company,"
            + "Street,City,State,PostalCode,Country,Latitude,Longitude,GeocodeAccuracy,Address,Phone,Email,Website,"
            + "PhotoUrl,Description,LeadSource,Status,Industry,Rating,AnnualRevenue,NumberOfEmployees,OwnerId,"
            + "IsConverted,ConvertedDate,ConvertedAccountId,ConvertedContactId,ConvertedOpportunityId,IsUnreadByOwner,"
            + "CreatedDate,CreatedById,LastModifiedDate,LastModifiedById,SystemModstamp,LastActivityDate,"
            + "LastViewedDate,LastReferencedDate,Jigsaw,JigsawContactId,CompanyDunsNumber,DandbCompanyId,"
            + "EmailBouncedReason,EmailBouncedDate,IndividualId,External_id__c,Branch__c,Home_Phone__c,Gender__c";

    public static final String TASK_HEADER = "Id,WhoId,WhatId,Subject,ActivityDate,Status,Priority,IsHighPriority,OwnerId,"
            + "Description,IsDeleted,AccountId,IsClosed,CreatedDate,CreatedById,LastModifiedDate,LastModifiedById,"
            + "SystemModstamp,IsArchived,CallDurationInSeconds,CallType,CallDisposition,CallObject,ReminderDateTime,"
            + "IsReminderSet,RecurrenceActivityId,IsRecurrence,RecurrenceStartDateOnly,RecurrenceEndDateOnly,"
            + "RecurrenceTimeZoneSidKey,RecurrenceType,RecurrenceInterval,RecurrenceDayOfWeekMask,RecurrenceDayOfMonth,"
            + "RecurrenceInstance,RecurrenceMonthOfYear,RecurrenceRegeneratedType,TaskSubtype,CompletedDateTime,"
            + "External_id__c,Type__c";

    private SalesforceHeaders() {
    }
}
