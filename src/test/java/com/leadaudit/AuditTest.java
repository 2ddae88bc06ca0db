package com.leadaudit;

import com.leadaudit.run.LeadAuditMain;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the real application context and a real PostgreSQL: the embedded one under target/test-pg, or the
 * server named by SPRING_DATASOURCE_URL (as .ci/run does). Every table is emptied before each test
 * ({@link CleanDatabaseExtension}), so a test class declares only what it uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Leads sheets in blocks of three rows, so that the sample's small campaigns have many: every test of a later night
// then writes sheets in part, and those that compare them with a fresh run's check it.
@SpringBootTest(classes = LeadAuditMain.class, properties = {"leadaudit.data-dir=target/test-pg",
        "leadaudit.report.lead-block-rows=3"})
@SpringBatchTest
@ExtendWith(CleanDatabaseExtension.class)
public @interface AuditTest {
}
