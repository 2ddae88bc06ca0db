package com.leadaudit.crm;

import java.util.List;

/** One contact or lead record of a CRM export, ids already qualified by source (see {@link CrmIds}). */
record PersonRow(int rowNumber, String source, String personType, String crmId, String firstName, String lastName,
                 String email, String emailNorm, String company, String accountId, List<String> phonesE164,
                 String owner, String convertedContactId, String nameKey, String lastNameKey, String companyKey) {
}
