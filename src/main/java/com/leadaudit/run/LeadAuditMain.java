package com.leadaudit.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point: {@code java -jar leadaudit.jar run|status|purge ...}. Turns every outcome into the exit codes of
 * SPEC §11 and a sentence — no stack trace for problems an operator can fix.
 */
@SpringBootApplication(scanBasePackages = "com.leadaudit")
public class LeadAuditMain {

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err).code);
    }

    public static ExitCode execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cmd;
        try {
            cmd = CommandLine.parse(args);
        } catch (UsageException e) {
            err.println("leadaudit: " + e.getMessage());
            err.println(CommandLine.USAGE);
            return ExitCode.BAD_USAGE;
        }
        if (cmd.command().equals("help")) {
            out.println(CommandLine.USAGE);
            return ExitCode.DONE;
        }
        try (ConfigurableApplicationContext context = start(cmd)) {
            return context.getBean(Commands.class).execute(cmd, out, err);
        } catch (Throwable e) {
            return Failures.report(e, err);
        }
    }

    private static ConfigurableApplicationContext start(CommandLine cmd) {
        List<String> springArgs = new ArrayList<>(cmd.springArgs());
        cmd.options().forEach((name, value) -> {
            if (name.equals("data-dir")) {
                springArgs.add("--leadaudit.data-dir=" + value);
            }
        });
        if (cmd.command().equals("status")) {
            springArgs.add("--leadaudit.exclusive=false");
        }
        SpringApplication app = new SpringApplication(LeadAuditMain.class);
        // after Spring Boot has set logging up (it resets logback then), before any step runs
        app.addListeners((org.springframework.boot.context.event.ApplicationPreparedEvent prepared) ->
                ConnectionLossLogFilter.install());
        return app.run(springArgs.toArray(String[]::new));
    }
}
