package com.leadaudit.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A point in time as far as the source file pins it down. The three cases must stay apart: an offset fixes the
 * instant, a wall time needs the file's time zone, and a date alone (Salesforce ActivityDate) must never be
 * shifted across zones.
 */
public sealed interface ParsedTime {

    /** The instant, placing a wall time or a date's start of day in {@code zoneForLocal}. */
    java.time.Instant toInstant(ZoneId zoneForLocal);

    /** The wall time of a value without an offset (a date: its start of day); null for an instant. */
    default LocalDateTime wallTime() {
        return this instanceof Local l ? l.value() : this instanceof DateOnly d ? d.value().atStartOfDay() : null;
    }

    /** The instant of a value that carried an offset; null for a wall time or a date. */
    default java.time.Instant offsetInstant() {
        return this instanceof Instant i ? i.value() : null;
    }

    /**
     * A wall time placed in {@code zone} when the column names one ({@code Scan Date (UTC)}); instants keep their
     * offset and dates stay dates (SPEC §4: never shift them).
     */
    default ParsedTime inZone(java.util.Optional<ZoneId> zone) {
        return zone.isPresent() && this instanceof Local local
                ? new Instant(local.value().atZone(zone.get()).toInstant()) : this;
    }

    /** The value carried an offset or zone (e.g. {@code Z}, {@code +0100}, epoch millis). */
    record Instant(java.time.Instant value) implements ParsedTime {
        @Override
        public java.time.Instant toInstant(ZoneId zoneForLocal) {
            return value;
        }
    }

    /** A wall-clock date and time with no zone. */
    record Local(LocalDateTime value) implements ParsedTime {
        @Override
        public java.time.Instant toInstant(ZoneId zoneForLocal) {
            return value.atZone(zoneForLocal).toInstant();
        }
    }

    /** A calendar date with no time of day. */
    record DateOnly(LocalDate value) implements ParsedTime {
        @Override
        public java.time.Instant toInstant(ZoneId zoneForLocal) {
            return value.atStartOfDay(zoneForLocal).toInstant();
        }
    }
}
