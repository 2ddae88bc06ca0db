package com.leadaudit;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Empties the database before each test of an {@link AuditTest} class. The test context (and so the database) is
 * shared by every test class of the suite, so without this a test would see what the one before it left behind.
 * Runs before the test's own {@code @BeforeEach} methods, which may then seed rows of their own.
 */
public final class CleanDatabaseExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        AuditDatabase.clean(SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class));
    }
}
