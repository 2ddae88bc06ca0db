package com.leadaudit.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CLI of SPEC §11. Operators type {@code --input DIR} (space separated) while Spring Boot only understands
 * {@code --key=value}, so our own options are parsed here and everything else that looks like a Spring property
 * ({@code --leadaudit.crm.time-zone=...}, {@code --spring.datasource.url=...}) is passed through untouched.
 */
public record CommandLine(String command, Map<String, String> options, List<String> springArgs) {

    private static final Map<String, Set<String>> OPTIONS_BY_COMMAND = Map.of(
            "run", Set.of("input", "reports", "as-of", "data-dir"),
            "status", Set.of("data-dir", "limit"),
            "purge", Set.of("older-than", "data-dir"));

    public static final String USAGE = """
            usage: java -jar leadaudit.jar <command> [options] [--spring.property=value ...]
              run    [--input DIR] [--reports DIR] [--as-of DATE|INSTANT] [--data-dir DIR]   the nightly audit
              status [--limit N]                                                       recent runs, their outcome and figures
              purge  [--older-than DAYS]                                               delete personal data of old campaigns
                     (DAYS default: leadaudit.purge.after-days, 365)
            exit codes: 0 done, 3 done with rejected rows/files, 1 failed, 2 bad usage or configuration, 75 another run in progress""";

    public static CommandLine parse(String[] args) {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        String command = args[0];
        if (command.equals("help") || command.equals("--help") || command.equals("-h")) {
            return new CommandLine("help", Map.of(), List.of());
        }
        Set<String> allowed = OPTIONS_BY_COMMAND.get(command);
        if (allowed == null) {
            throw new UsageException("unknown command '" + command + "'");
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> springArgs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            String name = eq < 0 ? body : body.substring(0, eq);
            if (allowed.contains(name)) {
                String value;
                if (eq >= 0) {
                    value = body.substring(eq + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    throw new UsageException("option --" + name + " needs a value");
                }
                if (value.isBlank()) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                options.put(name, value);
            } else if (name.contains(".") && eq > 0) {
                springArgs.add(arg);
            } else {
                throw new UsageException("unknown option '--" + name + "' for command '" + command + "'");
            }
        }
        return new CommandLine(command, options, springArgs);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }
}
