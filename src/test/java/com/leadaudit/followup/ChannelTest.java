package com.leadaudit.followup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                            | EMAIL,CALL,MEETING          | blank gives the default
            ' ; '                         | EMAIL,CALL,MEETING          | only separators gives the default
            EMAIL;CALL;MEETING;LINKEDIN   | EMAIL,CALL,MEETING,LINKEDIN | adding LinkedIn
            email; call ;task             | EMAIL,CALL,TASK             | case and spaces do not matter
            CALL                          | CALL                        | a list replaces the default, so it can narrow it
            LinkedIn;linked_in;Mass Email | LINKEDIN,MASS_EMAIL         | forgiving spellings
            """)
    void readsQualifyingTypes(String list, String expected, String why) {
        EnumSet<Channel> wanted = EnumSet.noneOf(Channel.class);
        Arrays.stream(expected.split(",")).map(Channel::valueOf).forEach(wanted::add);
        assertThat(Channel.parseQualifying(list)).as(why).isEqualTo(wanted);
    }

    @Test
    void unknownTypeIsNamedInTheError() {
        assertThatIllegalArgumentException().isThrownBy(() -> Channel.parseQualifying("EMAIL;SMOKE_SIGNAL"))
                .withMessageContaining("SMOKE_SIGNAL");
    }

    @Test
    void defaultSetCannotBeChangedByAccident() {
        assertThat(Channel.DEFAULT_QUALIFYING).containsExactlyInAnyOrder(Channel.EMAIL, Channel.CALL, Channel.MEETING);
        assertThatThrownBy(() -> Channel.DEFAULT_QUALIFYING.add(Channel.TASK))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
