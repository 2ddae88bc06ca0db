package com.leadaudit.run;

/** Exit codes of SPEC §11: cron and operators act on these, so they never change meaning. */
public enum ExitCode {
    DONE(0),
    FAILED(1),
    BAD_USAGE(2),
    DONE_WITH_REJECTIONS(3),
    ALREADY_RUNNING(75);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
