package com.leadaudit.run;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Keeps the libraries' stack traces for a lost database connection out of the cron log (issue 14 item 11). When the
 * server restarts or drops the run's sessions, Spring Batch and Spring's transaction code each log the same failure
 * at ERROR with its stack trace (a rollback that could not reach the server, a job repository update, the split
 * flow that ended): the run itself then says it once, in a sentence, per step and at the end (StepLogger,
 * {@link Failures}). Only those libraries' events whose exception is a lost or unreachable database are dropped
 * ({@link Failures#isDatabaseGone}); every other
 * failure keeps its stack trace, and leadaudit's own lines are never filtered.
 */
final class ConnectionLossLogFilter extends TurboFilter {

    /** Adds the filter to logback once (each run of the CLI in one JVM, as the tests do, would add another). */
    static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(f -> f instanceof ConnectionLossLogFilter)) {
            ConnectionLossLogFilter filter = new ConnectionLossLogFilter();
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || logger.getName().startsWith("com.leadaudit")) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last; // logged as log.error("... {}", arg, exception)
        }
        return thrown != null && Failures.isDatabaseGone(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
