package com.leadaudit.sample;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.leadaudit.sample.SampleModel.Person;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Invented people for the sample. All names and companies are made up; company mail domains use the reserved
 * {@code .example} top-level domain (RFC 2606) so no address can belong to anybody. Free-mail addresses
 * (gmail.com, web.de, ...) are needed for the free-mail rule of SPEC §6 and use invented local parts.
 *
 * <p>Every person drawn here is kept clearly apart from everyone already registered: no two share an email or a
 * phone number, and no two full names reach Jaro-Winkler 0.93. So a filler lead can only ever match its own CRM
 * record by email, and the deliberate look-alikes (registered by hand) are the only near-duplicates.
 */
final class PeoplePool {

    enum Region { DE, US, EU, GULF }

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final List<String> names = new ArrayList<>();
    private final Set<String> emails = new HashSet<>();
    private final Set<String> e164 = new HashSet<>();

    // --- invented data per region -------------------------------------------------------------------------

    private static final String[] DE_FIRST = split("Lukas Leon Maximilian Paul Jonas Elias Niklas Tim Moritz Julian "
            + "Tobias Sebastian Florian Matthias Andreas Christian Markus Daniel Philipp Jan Oliver Dirk Ralf Uwe "
            + "Heiko Volker Bernd Carsten Kai Sven Lea Hannah Emma Mia Lena Laura Sarah Lisa Julia Katharina "
            + "Johanna Clara Nina Franziska Svenja Petra Sandra Claudia Birgit Susanne Anja Heike Kerstin Martina "
            + "Nicole Silke Ute Jana Carina Theresa Annika Merle Wiebke Frauke Ole Hauke Timo Till Malte Björn "
            + "Jürgen Günther Dörte Sönke");
    private static final String[] DE_LAST = split("Müller Schmidt Schneider Fischer Meyer Wagner Becker Schulz "
            + "Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Hofmann "
            + "Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter "
            + "Mayer Huber Kaiser Peters Lang Scholz Möller Weiß Jung Hahn Schubert Winkler Berger Ludwig Roth "
            + "Frank Beck Lorenz Baumann Franke Albrecht Schuster Simon Böhm Winter Kraus Martin Krämer Vogt Stein "
            + "Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn "
            + "Engel Pohl Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer");
    private static final String[][] DE_COMPANIES = {
        {"Elbe Automation GmbH", "elbe-automation.example"}, {"Rheinwerk Antriebe GmbH", "rheinwerk-antriebe.example"},
        {"Nordlicht Robotics GmbH", "nordlicht-robotics.example"}, {"Sauerland Präzision GmbH", "sauerland-praezision.example"},
        {"Weserstahl AG", "weserstahl.example"}, {"Allgäu Sensortechnik GmbH", "allgaeu-sensor.example"},
        {"Müller GmbH", "mueller-gmbh.example"}, {"Hansewerk Logistik GmbH", "hansewerk-logistik.example"},
        {"Spessart Pumpen GmbH", "spessart-pumpen.example"}, {"Lausitz Energie Systeme GmbH", "lausitz-es.example"},
        {"Bodensee Fluidtechnik GmbH", "bodensee-fluid.example"}, {"Harz Metallbau GmbH & Co. KG", "harz-metallbau.example"},
        {"Kölner Kunststoffwerke AG", "koelner-kunststoff.example"}, {"Taunus Steuerungstechnik GmbH", "taunus-st.example"},
        {"Eifel Verpackung GmbH", "eifel-verpackung.example"}, {"Fichtelgebirge Glas GmbH", "fg-glas.example"},
        {"Oberlausitzer Werkzeugbau GmbH", "olw-werkzeugbau.example"}, {"Havelland Elektronik GmbH", "havelland-elektronik.example"},
        {"Mosel Chemie AG", "mosel-chemie.example"}, {"Vogtland Textiltechnik GmbH", "vogtland-textil.example"},
        {"Altmark Agrartechnik GmbH", "altmark-agrar.example"}, {"Schwarzwald Uhrentechnik GmbH", "sw-uhrentechnik.example"},
        {"Ruhrtal Gießerei GmbH", "ruhrtal-giesserei.example"}, {"Emsland Anlagenbau GmbH", "emsland-anlagenbau.example"},
        {"Saale Lasertechnik GmbH", "saale-laser.example"}, {"Uckermark Windservice GmbH", "um-windservice.example"},
        {"Westerwald Keramik AG", "ww-keramik.example"}, {"Oderland Mechatronik GmbH", "oderland-mechatronik.example"},
        {"Chiemgau Medizintechnik GmbH", "chiemgau-medtech.example"}, {"Rhön Hydraulik GmbH", "rhoen-hydraulik.example"},
        {"Wendland Biotech GmbH", "wendland-biotech.example"}, {"Main-Kinzig Fördertechnik GmbH", "mk-foerdertechnik.example"},
        {"Kraichgau Antriebstechnik GmbH", "kraichgau-at.example"}, {"Steinhuder Datensysteme GmbH", "steinhuder-ds.example"},
        {"Ostalb Galvanik GmbH", "ostalb-galvanik.example"}, {"Tauber Zerspanung GmbH", "tauber-zerspanung.example"},
    };
    private static final String[][] DE_ABROAD = {  // visitors from neighbouring countries at Hannover Messe
        {"Donau Industrietechnik GmbH", "donau-it.example", "Austria", "+43 664 "},
        {"Alpenrhein Automation AG", "alpenrhein-automation.example", "Switzerland", "+41 79 "},
        {"Zeeland Procesautomatisering B.V.", "zeeland-proces.example", "Netherlands", "+31 6 "},
    };
    private static final String[] DE_TITLES = split("Leiter Instandhaltung|Head of Production|Einkaufsleiter|"
            + "Geschäftsführer|CTO|Produktionsplaner|Automatisierungsingenieur|Werksleiter|IT-Leiter|"
            + "Leitung Qualitätssicherung|Projektingenieur|Head of Digital Transformation|Key Account Manager|"
            + "Technischer Einkauf|Energiemanager", '|');
    private static final String[] DE_CITIES = split("Hannover Hamburg Bremen Berlin München Stuttgart Köln Dortmund "
            + "Leipzig Dresden Nürnberg Bielefeld Kassel Braunschweig Osnabrück");

    private static final String[] US_FIRST = split("James Michael Robert David William Richard Joseph Thomas "
            + "Christopher Matthew Anthony Mark Steven Andrew Joshua Brian Ryan Jacob Nicholas Eric Jonathan "
            + "Justin Brandon Tyler Aaron Nathan Mary Jennifer Linda Elizabeth Susan Jessica Sarah Karen Nancy "
            + "Lisa Ashley Emily Michelle Amanda Melissa Stephanie Rebecca Laura Megan Hannah Samantha Olivia "
            + "Madison Chloe Grace Natalie Alyssa Brianna Kayla Morgan Jordan Taylor Dylan Caleb Isaac Gavin "
            + "Trevor Wesley Colin Derek Shane Troy Vanessa Tiffany Courtney Brittany Danielle Erica Monica");
    private static final String[] US_LAST = split("Smith Johnson Williams Brown Jones Garcia Miller Davis "
            + "Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Taylor Moore Jackson Martin Thompson "
            + "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen Wright Scott Torres Nguyen Hill "
            + "Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans "
            + "Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez "
            + "Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks "
            + "Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long "
            + "Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes");
    private static final String[][] US_COMPANIES = {
        {"Brightline Logistics", "brightline-logistics.example"}, {"Cobalt Ridge Software", "cobaltridge.example"},
        {"Vantage Health Partners", "vantagehealth.example"}, {"Summit Peak Retail", "summitpeak-retail.example"},
        {"Harborview Financial", "harborview-fin.example"}, {"Redwood Analytics Inc.", "redwood-analytics.example"},
        {"Northgate Insurance Group", "northgate-ins.example"}, {"Bluefin Commerce", "bluefin-commerce.example"},
        {"Ironclad Manufacturing Corp.", "ironclad-mfg.example"}, {"Pinecrest Media LLC", "pinecrest-media.example"},
        {"Silverlake Biotech", "silverlake-bio.example"}, {"Crescent Bay Hotels", "crescentbay-hotels.example"},
        {"Granite State Utilities", "granitestate-util.example"}, {"Lakeshore Education", "lakeshore-edu.example"},
        {"Meridian Telecom", "meridian-tel.example"}, {"Oakmont Capital", "oakmont-capital.example"},
        {"Prairie Wind Energy", "prairiewind.example"}, {"Quantum Leaf Labs", "quantumleaf.example"},
        {"Riverbend Foods Inc.", "riverbend-foods.example"}, {"Starboard Shipping", "starboard-ship.example"},
        {"Tidewater Pharma", "tidewater-pharma.example"}, {"Upland Outdoor Co.", "upland-outdoor.example"},
        {"Westbrook University", "westbrook-u.example"}, {"Keystone Payments", "keystone-pay.example"},
        {"Evergreen Realty", "evergreen-realty.example"}, {"Falcon Aerospace Systems", "falcon-aero.example"},
        {"Golden Gate Apparel", "ggapparel.example"}, {"Horizon Care Network", "horizoncare.example"},
        {"Juniper Street Bank", "juniperst-bank.example"}, {"Larkspur Consulting LLC", "larkspur-consult.example"},
        {"Mosaic Learning", "mosaic-learning.example"}, {"Nimbus Cloudworks", "nimbus-cloudworks.example"},
    };
    private static final String[] US_AREA = split("415 650 408 510 212 312 617 206 512 303 404 213 646 202 305");
    private static final String[] US_TITLES = split("VP Sales|Director of Marketing|Salesforce Admin|CRM Manager|"
            + "Head of Revenue Operations|Account Executive|Chief Customer Officer|Marketing Operations Manager|"
            + "Sales Enablement Lead|CTO|IT Director|Business Analyst|Customer Success Manager|Solutions Architect", '|');
    private static final String[] US_CITIES = split("San Francisco|Oakland|San Jose|New York|Chicago|Boston|Seattle|"
            + "Austin|Denver|Atlanta|Los Angeles|Washington|Miami", '|');

    /** Web Summit visitors: names follow the company's country (code → first names, last names). */
    private static final java.util.Map<String, String[][]> EU_NAMES = java.util.Map.of(
            "PT", new String[][] {split("João Pedro Tiago Rui Miguel Nuno Bruno André Ricardo Diogo Ana Beatriz "
                    + "Mariana Catarina Rita Joana Marta Carolina Filipa Gonçalo Duarte Vasco Leonor Matilde Francisca "
                    + "Henrique Afonso Teresa Raquel Hugo"),
                split("Silva Santos Ferreira Pereira Oliveira Rodrigues Martins Sousa Fernandes Gonçalves Gomes "
                    + "Lopes Marques Alves Ribeiro Pinto Teixeira Moreira Correia Mendes Nunes Soares Vieira "
                    + "Monteiro Cardoso Rocha Neves Coelho Cruz Cunha Pires Ramos Reis Simões Antunes Matos Fonseca")},
            "ES", new String[][] {split("Pablo Javier Lucía Elena Carmen Álvaro Sergio Laura Daniel Alejandro Irene "
                    + "Raúl Nerea Marta Adrián"),
                split("García Fernández González Rodríguez López Martínez Sánchez Pérez Navarro Romero Torres Ruiz "
                    + "Díaz Moreno Jiménez")},
            "GB", new String[][] {split("Oliver Harry George Charlotte Amelia Isla Sophie Emily James Thomas Grace "
                    + "Freddie Poppy"),
                split("Smith Jones Taylor Brown Davies Evans Wilson Thompson Wright Walker Hughes Edwards")},
            "IE", new String[][] {split("Liam Seán Aoife Ciara Niamh Conor Cian Róisín Darragh Saoirse"),
                split("Walsh Byrne Ryan O'Brien Kelly Murphy O'Sullivan Doyle McCarthy Kennedy")},
            "FR", new String[][] {split("Louis Hugo Camille Léa Chloé Manon Antoine Julien Mathilde Élodie"),
                split("Dubois Lefebvre Moreau Laurent Girard Fontaine Rousseau Mercier Bonnet Lambert")},
            "NL", new String[][] {split("Lars Sanne Daan Femke Joris Lotte Bram Anouk"),
                split("Bakker Visser Jansen Smit Mulder Dekker Meijer Bos")},
            "IT", new String[][] {split("Luca Giulia Matteo Chiara Francesco Alessia"),
                split("Rossi Russo Bianchi Romano Colombo Ricci")},
            "PL", new String[][] {split("Jakub Zofia Piotr Agnieszka Tomasz Marta"),
                split("Nowak Wójcik Mazur Krawczyk Zając Król")});
    private static final String[][] EU_COMPANIES = {
        {"Atlântico Digital SA", "atlantico-digital.example", "Portugal", "PT"}, {"Tejo Ventures", "tejo-ventures.example", "Portugal", "PT"},
        {"Porto Fintech Lda", "portofintech.example", "Portugal", "PT"}, {"Algarve Travel Tech", "algarve-tt.example", "Portugal", "PT"},
        {"Lusitânia Seguros SA", "lusitania-seg.example", "Portugal", "PT"}, {"Minho Data Lab", "minho-datalab.example", "Portugal", "PT"},
        {"Brisa Mobility", "brisa-mobility.example", "Portugal", "PT"}, {"Sintra AI", "sintra-ai.example", "Portugal", "PT"},
        {"Castellana Software SL", "castellana-sw.example", "Spain", "ES"}, {"Meseta Energía SL", "meseta-energia.example", "Spain", "ES"},
        {"Thames Bridge Capital Ltd", "thamesbridge.example", "United Kingdom", "GB"}, {"Pennine Health Ltd", "pennine-health.example", "United Kingdom", "GB"},
        {"Liffey Labs", "liffey-labs.example", "Ireland", "IE"}, {"Connacht Payments Ltd", "connacht-pay.example", "Ireland", "IE"},
        {"Seine Analytics SAS", "seine-analytics.example", "France", "FR"}, {"Garonne Robotique SAS", "garonne-robotique.example", "France", "FR"},
        {"Grachten Commerce B.V.", "grachten-commerce.example", "Netherlands", "NL"}, {"Polder Cloud B.V.", "poldercloud.example", "Netherlands", "NL"},
        {"Navigli Design Srl", "navigli-design.example", "Italy", "IT"}, {"Vistula Games", "vistula-games.example", "Poland", "PL"},
    };
    private static final String[] EU_TITLES = split("Founder|Co-founder & CEO|CTO|Head of Growth|Product Manager|"
            + "Investor|Partner|Head of Partnerships|Engineering Manager|Data Scientist|CMO|Business Development", '|');

    /** GITEX visitors: Emirati/Arab names or South Asian names (many of Dubai's IT staff), each kept consistent. */
    private static final String[][][] GULF_NAMES = {
        {split("Omar Ahmed Mohammed Khalid Yousef Hassan Ali Faisal Tariq Saeed Rashid Hamad Majid Nasser Waleed "
                + "Ibrahim Mariam Fatima Aisha Noura Layla Huda Reem Sara Amal Hind Dana Rania"),
            split("Al-Mansouri Al-Hashimi Al-Qasimi Al-Suwaidi Al-Nuaimi Al-Falasi Al-Zaabi Al-Ketbi Al-Marri "
                + "Khoury Nasr Saleh Darwish Farouk Hamdan Aziz Rahman Haddad")},
        {split("Priyanka Rahul Arjun Vikram Ananya Deepa Sanjay Karan Meera Rohan Kavya Aditya"),
            split("Iyer Menon Sharma Nair Reddy Kapoor Pillai Chatterjee Desai Bose")},
    };
    private static final String[][] GULF_COMPANIES = {
        {"Gulf Data Systems LLC", "gulfdatasystems.example"}, {"Dune Cloud FZ-LLC", "dunecloud.example"},
        {"Creek Logistics LLC", "creek-logistics.example"}, {"Falcon Smart City PJSC", "falcon-smartcity.example"},
        {"Oasis Retail Group", "oasis-retail.example"}, {"Pearl Coast Energy", "pearlcoast.example"},
        {"Marina Fintech FZE", "marina-fintech.example"}, {"Saffron Health LLC", "saffron-health.example"},
        {"Corniche Telecom", "corniche-tel.example"}, {"Jebel Robotics", "jebel-robotics.example"},
    };
    private static final String[] GULF_TITLES = split("CIO|Head of IT|Digital Transformation Director|"
            + "IT Procurement Manager|Cloud Architect|CISO|Innovation Lead|Operations Director", '|');

    private static final String[] FREE_MAIL_DE = {"web.de", "gmx.de", "gmail.com", "t-online.de"};
    private static final String[] FREE_MAIL_INTL = {"gmail.com", "outlook.com", "yahoo.com", "icloud.com"};

    // --- registry ---------------------------------------------------------------------------------------

    /** Registers a hand-made person (planted lead, CRM look-alike): later random people keep away from it. */
    void register(Person p, String region) {
        names.add(norm(p.fullName()));
        if (p.email() != null && !p.email().isEmpty()) {
            emails.add(p.email().toLowerCase(Locale.ROOT));
        }
        for (String ph : new String[] {p.phone(), p.mobile()}) {
            String e = e164(ph, region);
            if (e != null) {
                e164.add(e);
            }
        }
    }

    static String phoneRegion(Region region) {
        return switch (region) {
            case DE -> "DE";
            case US -> "US";
            case EU -> "PT";
            case GULF -> "AE";
        };
    }

    Person draw(Random r, Region region) {
        for (int attempt = 0; attempt < 5000; attempt++) {
            Person p = candidate(r, region);
            if (farFromEveryone(p, phoneRegion(region))) {
                register(p, phoneRegion(region));
                return p;
            }
        }
        throw new IllegalStateException("name pool exhausted for " + region);
    }

    private boolean farFromEveryone(Person p, String region) {
        if (p.email() != null && emails.contains(p.email())) {
            return false;
        }
        for (String ph : new String[] {p.phone(), p.mobile()}) {
            if (ph == null || ph.isBlank()) {
                continue;
            }
            // Invalid numbers are redrawn: the product may reasonably drop what libphonenumber calls invalid.
            String e = e164(ph, region);
            if (e == null || !valid(ph, region) || e164.contains(e)) {
                return false;
            }
        }
        String n = norm(p.fullName());
        for (String other : names) {
            if (JW.apply(n, other) >= 0.93) {
                return false;
            }
        }
        return true;
    }

    private Person candidate(Random r, Region region) {
        switch (region) {
            case DE -> {
                String first = pick(r, DE_FIRST);
                String last = pick(r, DE_LAST);
                if (r.nextInt(100) < 8) {
                    String[] abroad = DE_ABROAD[r.nextInt(DE_ABROAD.length)];
                    String mobile = abroad[3] + digits(r, abroad[3].startsWith("+31") ? 8 : 7);
                    return new Person(first, last, abroad[0], pick(r, DE_TITLES),
                            email(r, first, last, abroad[1], FREE_MAIL_INTL), "", mobile, abroad[2], "");
                }
                String[] c = DE_COMPANIES[r.nextInt(DE_COMPANIES.length)];
                String landline = pick(r, new String[] {"030", "040", "089", "0511", "0221", "069", "0711", "0421"});
                String phone = r.nextInt(100) < 70 ? landline + " " + digits(r, landline.length() == 3 ? 7 : 6) : "";
                String mobile = r.nextInt(100) < 55
                        ? (r.nextBoolean() ? "+49 " : "0") + pick(r, new String[] {"151", "152", "157", "160", "170", "171", "176"})
                        + " " + digits(r, 8) : "";
                return new Person(first, last, c[0], pick(r, DE_TITLES), email(r, first, last, c[1], FREE_MAIL_DE),
                        phone, mobile, "Germany", pick(r, DE_CITIES));
            }
            case US -> {
                String first = pick(r, US_FIRST);
                String last = pick(r, US_LAST);
                String[] c = US_COMPANIES[r.nextInt(US_COMPANIES.length)];
                String area = pick(r, US_AREA);
                String line = "555-01" + digits(r, 2);
                String phone = switch (r.nextInt(4)) {
                    case 0 -> area + "-" + line;
                    case 1 -> "+1 " + area + " " + line.replace('-', ' ');
                    default -> "(" + area + ") " + line;
                };
                return new Person(first, last, c[0], pick(r, US_TITLES), email(r, first, last, c[1], FREE_MAIL_INTL),
                        r.nextInt(100) < 75 ? phone : "", "", "United States", pick(r, US_CITIES));
            }
            case EU -> {
                String[] c = EU_COMPANIES[r.nextInt(EU_COMPANIES.length)];
                String[][] names = EU_NAMES.get(c[3]);
                String first = pick(r, names[0]);
                String last = pick(r, names[1]);
                String phone = switch (c[3]) {
                    case "PT" -> "+351 9" + pick(r, new String[] {"1", "2", "3", "6"}) + digits(r, 1) + " "
                            + digits(r, 3) + " " + digits(r, 3);
                    case "ES" -> "+34 6" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3);
                    case "GB" -> "+44 7" + pick(r, new String[] {"4", "5", "7", "8", "9"}) + digits(r, 2) + " " + digits(r, 6);
                    case "IE" -> "+353 8" + pick(r, new String[] {"3", "5", "6", "7"}) + " " + digits(r, 3) + " " + digits(r, 4);
                    case "FR" -> "+33 6 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2);
                    case "NL" -> "+31 6 " + digits(r, 8);
                    case "IT" -> "+39 3" + digits(r, 2) + " " + digits(r, 7);
                    default -> "+48 5" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3);
                };
                return new Person(first, last, c[0], pick(r, EU_TITLES), email(r, first, last, c[1], FREE_MAIL_INTL),
                        r.nextInt(100) < 60 ? phone : "", "", c[2], "");
            }
            default -> {
                String[][] names = GULF_NAMES[r.nextInt(100) < 60 ? 0 : 1];
                String first = pick(r, names[0]);
                String last = pick(r, names[1]);
                String[] c = GULF_COMPANIES[r.nextInt(GULF_COMPANIES.length)];
                return new Person(first, last, c[0], pick(r, GULF_TITLES), email(r, first, last, c[1], FREE_MAIL_INTL),
                        "+971 5" + pick(r, new String[] {"0", "2", "5", "6"}) + " " + digits(r, 3) + " " + digits(r, 4),
                        "", "United Arab Emirates", "Dubai");
            }
        }
    }

    private static String email(Random r, String first, String last, String domain, String[] freeMail) {
        String f = mailPart(first);
        String l = mailPart(last);
        int form = r.nextInt(100);
        if (form < 7) {
            return f + "." + l + (10 + r.nextInt(80)) + "@" + freeMail[r.nextInt(freeMail.length)];
        }
        if (form < 62) {
            return f + "." + l + "@" + domain;
        }
        if (form < 85) {
            return f.charAt(0) + "." + l + "@" + domain;
        }
        return f + l.charAt(0) + "@" + domain;
    }

    /** How people turn their names into mailbox names: umlauts spelled out, other accents dropped. */
    static String mailPart(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.replaceAll("[^a-z0-9-]", "");
    }

    /** Comparison form of a name: lower case, accents stripped, punctuation dropped, spaces collapsed (SPEC §5). */
    static String norm(String s) {
        String t = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ").trim();
    }

    static String e164(String raw, String region) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            PhoneNumber n = PHONES.parse(raw, region);
            return PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** The international form a CRM stores, e.g. "+49 30 1234567". */
    static String international(String raw, String region) {
        try {
            return PHONES.format(PHONES.parse(raw, region), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException(raw, e);
        }
    }

    static boolean valid(String raw, String region) {
        try {
            return PHONES.isValidNumber(PHONES.parse(raw, region));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + (i == 0 ? 1 + r.nextInt(9) : r.nextInt(10))));
        }
        return sb.toString();
    }

    static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static String[] split(String s) {
        return s.trim().split("\\s+");
    }

    private static String[] split(String s, char sep) {
        return s.split(java.util.regex.Pattern.quote(String.valueOf(sep)));
    }
}
