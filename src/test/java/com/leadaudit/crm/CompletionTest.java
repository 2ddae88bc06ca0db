package com.leadaudit.crm;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionTest {

    @ParameterizedTest(name = "task status \"{0}\" completed: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Completed     | true
            COMPLETED     | true
            completed     | true
            1             | true
            1.0           | true
            Completada    | true
            Abgeschlossen | true
            Terminé       | true
            Terminée      | true
            Terminé(e)    | true
            Not Started   | false
            In Progress   | false
            NOT_STARTED   | false
            Open          | false
            0             | false
            2             | false
            10.0          | false
            Canceled      | false
            Deferred      | false
            ''            | false
            """)
    void taskCountsOnlyWhenCompleted(String status, boolean expected) {
        assertThat(Completion.taskCompleted(status)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "meeting outcome \"{0}\" cancelled: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CANCELED    | true
            Canceled    | true
            Cancelled   | true
            2           | true
            Cancelada   | true
            NO_SHOW     | false
            No show     | false
            Completed   | false
            COMPLETED   | false
            Scheduled   | false
            RESCHEDULED | false
            ''          | false
            """)
    void meetingCountsUnlessCancelled(String outcome, boolean expected) {
        assertThat(Completion.meetingCancelled(outcome)).isEqualTo(expected);
    }

    /** SPEC §7: a placed call counts whatever its outcome; one never placed or never finished does not. */
    @ParameterizedTest(name = "call status [{0}] placed: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            COMPLETED        | true
            Completed        | true
            BUSY             | true
            NO_ANSWER        | true
            ''               | true
            FAILED           | false
            Failed           | false
            CANCELED         | false
            QUEUED           | false
            RINGING          | false
            CONNECTING       | false
            IN_PROGRESS      | false
            In progress      | false
            CALLING_CRM_USER | false
            Fehlgeschlagen   | false
            Échec            | false
            Fallida          | false
            """)
    void callCountsUnlessNeverPlaced(String status, boolean expected) {
        assertThat(Completion.callPlaced(status)).isEqualTo(expected);
    }

    /** Keys are remembered per text: asking again, in any order, gives the first answer. */
    @org.junit.jupiter.api.Test
    void rememberedKeysGiveTheSameAnswers() {
        java.util.List<String> statuses = java.util.List.of("Completed", " 1.0 ", "1.00", "Not Started", "10.0", "",
                "x".repeat(100) + " completed", "COMPLETED");
        java.util.List<Boolean> first = statuses.stream().map(Completion::taskCompleted).toList();
        for (int i = 0; i < 3; i++) {
            assertThat(statuses.stream().map(Completion::taskCompleted).toList()).isEqualTo(first);
        }
        assertThat(first).containsExactly(true, true, true, false, false, false, false, true);
    }
}
