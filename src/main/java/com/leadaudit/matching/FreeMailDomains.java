package com.leadaudit.matching;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mailbox providers anyone can sign up with (§6). Two people sharing gmail.com says nothing about their employer,
 * so such a domain must never confirm a name match.
 */
public final class FreeMailDomains {

    // Providers that run the same brand under many country domains: yahoo.co.uk, hotmail.fr, gmx.at, yandex.ru …
    private static final Set<String> BRANDS = Set.of(
            "yahoo", "ymail", "hotmail", "outlook", "live", "windowslive", "msn", "aol", "gmx", "yandex",
            "protonmail", "proton", "zoho", "mail", "email", "rediffmail", "seznam", "laposte", "rambler");
    // A brand followed by a public suffix of at most two short labels (de, com, co.uk, com.br), not a company's
    // sub-domain such as live.example.com.
    private static final Pattern BRAND_DOMAIN = Pattern.compile("([a-z]+)\\.[a-z]{2,3}(\\.[a-z]{2,3})?");

    private static final Set<String> DOMAINS = Set.of(
            "gmail.com", "googlemail.com", "icloud.com", "me.com", "mac.com", "pm.me", "proton.me",
            "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com", "aliyun.com",
            "naver.com", "daum.net", "hanmail.net", "web.de", "t-online.de", "freenet.de", "arcor.de", "posteo.de",
            "mailbox.org", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "libero.it", "virgilio.it",
            "tiscali.it", "alice.it", "tin.it", "mail.ru", "bk.ru", "inbox.ru", "list.ru", "ya.ru", "wp.pl", "o2.pl",
            "onet.pl", "interia.pl", "uol.com.br", "bol.com.br", "terra.com.br", "ig.com.br", "btinternet.com",
            "sky.com", "virginmedia.com", "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net",
            "cox.net", "charter.net", "earthlink.net", "rocketmail.com", "aim.com", "fastmail.com", "fastmail.fm",
            "hey.com", "tutanota.com", "tutanota.de", "tuta.io", "gmx.com", "bigpond.com", "optusnet.com.au",
            "shaw.ca", "rogers.com", "sympatico.ca", "inbox.com", "hushmail.com", "rediff.com", "bluewin.ch",
            "hispeed.ch", "telenet.be", "skynet.be", "ziggo.nl", "kpnmail.nl", "planet.nl", "home.nl", "online.no",
            "telia.com", "sapo.pt", "zonnet.nl");

    private FreeMailDomains() {
    }

    public static boolean isFreeMail(String domain) {
        if (domain == null || domain.isBlank()) {
            return false;
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        if (DOMAINS.contains(d)) {
            return true;
        }
        var m = BRAND_DOMAIN.matcher(d);
        return m.matches() && BRANDS.contains(m.group(1));
    }
}
