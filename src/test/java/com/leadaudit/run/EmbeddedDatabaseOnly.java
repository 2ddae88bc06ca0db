package com.leadaudit.run;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * A test whose runs are child JVMs on the embedded PostgreSQL whatever datasource this test JVM was given
 * ({@link LeadAuditProcess#embedded} clears SPRING_* for them). CI's second pass, against the PostgreSQL server, would
 * run it again unchanged: RestartAfterKillTest alone took 430 s in the first pass and 554 s in the second on a slow
 * VM, which put that pass at 18 minutes (docs/benchmarks.md session 31). The first pass runs it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+",
        disabledReason = "its runs use the embedded PostgreSQL whatever the datasource: the embedded pass runs it")
@interface EmbeddedDatabaseOnly {
}
