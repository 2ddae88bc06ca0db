package com.leadaudit.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void removesNulAndOtherControlCharactersButKeepsTabsAndLineBreaks() {
        assertThat(SafeText.clean("a\0b\u0007c\u001Bd\u007Fe\u0085f")).isEqualTo("abcdef");
        assertThat(SafeText.clean("line one\r\n\tline two")).isEqualTo("line one\r\n\tline two");
    }

    @Test
    void replacesLoneSurrogatesAndKeepsPairs() {
        assertThat(SafeText.clean("x\uD83Dy")).isEqualTo("x\uFFFDy");
        assertThat(SafeText.clean("x\uDE00")).isEqualTo("x\uFFFD");
        assertThat(SafeText.clean("end\uD83D")).isEqualTo("end\uFFFD");
        assertThat(SafeText.clean("smile \uD83D\uDE00")).isEqualTo("smile \uD83D\uDE00");
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "Zoë Łukasik, Müller GmbH";
        assertThat(SafeText.clean(text)).isSameAs(text);
        assertThat(SafeText.clean(null)).isNull();
    }

    @Test
    void quoteCapsTheCleanedText() {
        assertThat(SafeText.quote("ab\0cdefgh", 5)).isEqualTo("abcd…");
        assertThat(SafeText.quote("abc", 5)).isEqualTo("abc");
    }
}
