package com.leadaudit.formats;

import com.leadaudit.campaign.Campaign;
import com.leadaudit.followup.Sla;
import com.leadaudit.followup.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /**
     * A campaign folder without a register row (dates from its scans) and a 2bd SLA. Format fixtures carry scans of
     * many dates; a registered campaign would reject those more than 30 days outside its dates (SPEC §5), a rule
     * HostileCorpusJobTest covers, not what these tests are about.
     */
    public static Campaign campaign(String code, String zone, String country) {
        return new Campaign(code, code, null, null, ZoneId.of(zone),
                Sla.parse("2bd"), country, Channel.DEFAULT_QUALIFYING, Set.of(), false);
    }
}
