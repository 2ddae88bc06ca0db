package com.leadaudit.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FreeMailDomainsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            gmail.com          | true
            GMail.com          | true
            googlemail.com     | true
            yahoo.com          | true
            yahoo.co.uk        | true
            yahoo.de           | true
            ymail.com          | true
            hotmail.com        | true
            hotmail.fr         | true
            outlook.com        | true
            outlook.de         | true
            live.com           | true
            live.co.uk         | true
            msn.com            | true
            aol.com            | true
            icloud.com         | true
            me.com             | true
            mac.com            | true
            gmx.de             | true
            gmx.net            | true
            gmx.at             | true
            web.de             | true
            proton.me          | true
            protonmail.com     | true
            qq.com             | true
            163.com            | true
            126.com            | true
            yandex.ru          | true
            mail.ru            | true
            t-online.de        | true
            orange.fr          | true
            free.fr            | true
            libero.it          | true
            zoho.com           | true
            mail.com           | true
            acme.com           | false
            live.example.com   | false
            outlook-partners.com | false
            siemens.de         | false
            ''                 | false
            NONE               | false
            """)
    void recognisesFreeMailProviders(String domain, boolean expected) {
        assertThat(FreeMailDomains.isFreeMail(domain)).isEqualTo(expected);
    }
}
