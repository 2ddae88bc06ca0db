package com.leadaudit.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void readsOptionsWithASpaceOrAnEqualsSign() {
        CommandLine cmd = CommandLine.parse(new String[] {"run", "--input", "in", "--reports=out", "--as-of", "2026-10-30"});

        assertThat(cmd.command()).isEqualTo("run");
        assertThat(cmd.options()).containsEntry("input", "in").containsEntry("reports", "out")
                .containsEntry("as-of", "2026-10-30");
        assertThat(cmd.springArgs()).isEmpty();
    }

    @Test
    void passesSpringPropertiesThrough() {
        CommandLine cmd = CommandLine.parse(new String[] {"run", "--leadaudit.crm.time-zone=Europe/Berlin"});

        assertThat(cmd.springArgs()).containsExactly("--leadaudit.crm.time-zone=Europe/Berlin");
    }

    @Test
    void purgeMayLeaveTheDaysToTheSetting() {
        CommandLine cmd = CommandLine.parse(new String[] {"purge"});

        assertThat(cmd.command()).isEqualTo("purge");
        assertThat(cmd.options()).isEmpty();
    }

    @Test
    void rejectsWhatAnOperatorMistyped() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {})).hasMessageContaining("no command");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"runn"})).hasMessageContaining("unknown command 'runn'");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"run", "--inptu", "x"}))
                .hasMessageContaining("unknown option '--inptu'");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"run", "--input"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"status", "--as-of", "2026-01-01"}))
                .hasMessageContaining("unknown option '--as-of' for command 'status'");
    }

    @Test
    void badUsageExitsWith2AndPrintsUsageWithoutStartingAnything() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        ExitCode code = LeadAuditMain.execute(new String[] {"run", "--bogus"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code.code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--bogus'").contains("usage:");
    }
}
