package com.leadaudit.scan;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One accepted badge-scan row, normalised (SPEC §5). The scan time is kept as written — a wall time in the
 * campaign's zone, or an instant when the file carried an offset — so a corrected register time zone applies on the
 * next run without re-importing.
 */
public record Scan(int rowNumber, LocalDateTime scannedLocal, Instant scannedInstant, boolean captureEstimated,
                   String firstName, String lastName, String email, String emailNorm, String company, String title,
                   String phone, String phoneE164, String country, String badgeId, String scannedBy, String ratingRaw,
                   String rating, String notes, String answersJson, String nameKey, String lastNameKey,
                   String companyKey) {
}
