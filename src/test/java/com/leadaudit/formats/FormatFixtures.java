package com.leadaudit.formats;

import com.leadaudit.campaign.Campaign;
import com.leadaudit.campaign.Sla;
import com.leadaudit.followup.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** Where the text fixtures of real export layouts live, and a campaign to import badge scans into. */
public final class FormatFixtures {

    public static final Path ROOT = Path.of("src/test/resources/fixtures/formats");

    private FormatFixtures() {
    }

    /** Copies {@code formats/<fixture>} to {@code dir/<relPath>} and returns the copy. */
    public static Path copy(String fixture, Path dir, String relPath) {
        try {
            Path target = dir.resolve(relPath);
            Files.createDirectories(target.getParent());
            return Files.copy(ROOT.resolve(fixture), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A registered campaign of 20–22 April 2026 with a 2bd SLA. */
    public static Campaign campaign(String code, String zone, String country) {
        return new Campaign(code, code, LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 22), ZoneId.of(zone),
                Sla.parse("2bd"), country, Channel.DEFAULT_QUALIFYING, Set.of(), true);
    }
}
