package com.leadaudit.followup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DirectionTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            OUTBOUND        | OUTBOUND
            Outbound        | OUTBOUND
            outgoing        | OUTBOUND
            Outgoing        | OUTBOUND
            EMAIL           | OUTBOUND
            FORWARDED_EMAIL | OUTBOUND
            Saliente        | OUTBOUND
            INBOUND         | INBOUND
            Inbound         | INBOUND
            INCOMING_EMAIL  | INBOUND
            Incoming email  | INBOUND
            Incoming        | INBOUND
            Received        | INBOUND
            Eingehend       | INBOUND
            ''              | UNKNOWN
            Internal        | UNKNOWN
            true            | UNKNOWN
            """)
    void readsEveryVendorsDirection(String text, Direction expected) {
        assertThat(Direction.parse(text)).isEqualTo(expected);
    }
}
