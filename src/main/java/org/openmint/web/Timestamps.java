package org.openmint.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the mint API writes an instant: {@code yyyy-MM-dd HH:mm:ss} in UTC (spec §8.2). */
public final class Timestamps {

    /** The pattern, for reading and writing. */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Timestamps() {
    }

    /** The instant in UTC, to the second. */
    public static String utc(Instant instant) {
        return FORMAT.format(instant.atOffset(ZoneOffset.UTC));
    }
}
