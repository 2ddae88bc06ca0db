package com.leadaudit.followup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TouchRulesTest {

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', textBlock = """
            EMAIL           | ''                              | OUTBOUND | true  | true  | outbound email with the default set
            CALL            | ''                              | UNKNOWN  | true  | true  | unknown direction counts
            MEETING         | ''                              | UNKNOWN  | true  | true  | meeting with the default set
            EMAIL           | ''                              | INBOUND  | true  | false | an incoming email is not a follow-up
            EMAIL           | ''                              | OUTBOUND | false | false | something that did not happen is not a touch
            TASK            | ''                              | UNKNOWN  | true  | false | a task does not qualify by default
            TASK            | EMAIL;CALL;MEETING;TASK         | UNKNOWN  | true  | true  | a task qualifies when the campaign says so
            LINKEDIN        | EMAIL;CALL;MEETING;LINKEDIN     | OUTBOUND | true  | true  | LinkedIn when the campaign adds it
            EMAIL           | CALL                            | OUTBOUND | true  | false | a campaign may narrow the set
            MASS_EMAIL      | EMAIL;MASS_EMAIL                | OUTBOUND | true  | false | mass email never counts, even when listed
            MARKETING_EMAIL | EMAIL;MARKETING_EMAIL           | OUTBOUND | true  | false | marketing email never counts, even when listed
            NOTE            | ''                              | UNKNOWN  | true  | false | a note is not a touch by default
            """)
    void touchNeedsQualifyingOutboundPersonalAndDone(Channel channel, String qualifying, Direction direction,
                                                     boolean happened, boolean expected, String why) {
        assertThat(TouchRules.isTouch(channel, Channel.parseQualifying(qualifying), direction, happened))
                .as(why).isEqualTo(expected);
    }
}
