/**
 * The command line and the job (SPEC §11–§12): {@code run}, {@code status}, {@code purge}, their exit codes and
 * sentences, the run lock, and the nightly job's flow and steps ({@code AuditJobConfig}, its table of contents). The
 * only package that knows every other; none depends on it.
 */
package com.leadaudit.run;
