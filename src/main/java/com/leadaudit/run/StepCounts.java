package com.leadaudit.run;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** What a tasklet step read, wrote, skipped and rejected, kept in its execution context for {@link StepLogger}. */
final class StepCounts {

    static final String READ = "leadaudit.read";
    static final String WRITTEN = "leadaudit.written";
    static final String SKIPPED = "leadaudit.skipped";
    static final String REJECTED = "leadaudit.rejected";
    static final String DETAIL = "leadaudit.detail";

    private StepCounts() {
    }

    static void record(ChunkContext chunk, long read, long written, long skipped, long rejected, String detail) {
        ExecutionContext ctx = chunk.getStepContext().getStepExecution().getExecutionContext();
        ctx.putLong(READ, read);
        ctx.putLong(WRITTEN, written);
        ctx.putLong(SKIPPED, skipped);
        ctx.putLong(REJECTED, rejected);
        ctx.putString(DETAIL, detail);
    }
}
