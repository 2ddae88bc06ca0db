package com.leadaudit.run;
public class LeadAuditMain { public static void main(String[] a) {} }
