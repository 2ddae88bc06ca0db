package com.leadaudit.run;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Keeps Spring Boot from logging "Application run failed" with a stack trace when the context fails to start for a
 * reason an operator expects and can act on (another run holds the data dir, a bad setting, the database cannot be
 * reached): {@link Failures} says those in one sentence, and a stack trace in the log would read like a crash.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class ExpectedFailureReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        return Failures.isExpected(failure);
    }
}
