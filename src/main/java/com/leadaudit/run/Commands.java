package com.leadaudit.run;

import java.io.PrintStream;
import org.springframework.stereotype.Component;

/** Dispatches a parsed command line to its command. */
@Component
public class Commands {

    private final RunCommand run;
    private final StatusCommand status;
    private final PurgeCommand purge;

    public Commands(RunCommand run, StatusCommand status, PurgeCommand purge) {
        this.run = run;
        this.status = status;
        this.purge = purge;
    }

    public ExitCode execute(CommandLine cmd, PrintStream out, PrintStream err) throws Exception {
        return switch (cmd.command()) {
            case "run" -> {
                RunOutcome outcome = run.run(cmd);
                if (outcome.exitCode() == ExitCode.FAILED) {
                    err.println(outcome.summary());
                } else {
                    out.println(outcome.summary());
                }
                yield outcome.exitCode();
            }
            case "status" -> status.print(cmd, out);
            case "purge" -> purge.purge(cmd, out);
            default -> throw new UsageException("unknown command '" + cmd.command() + "'");
        };
    }
}
