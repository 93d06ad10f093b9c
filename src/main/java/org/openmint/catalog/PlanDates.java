package org.openmint.catalog;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import org.openmint.error.InvalidRequestException;

/**
 * Rate plan dates on the wire (spec Part I #3): {@code YYYY-MM-DD HH:mm:ss}, or {@code YYYY-MM-DD} for
 * midnight, read and written in the organization's time zone.
 */
public final class PlanDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private PlanDates() {
    }

    /**
     * The instant a client's date means in the organization's zone; null for a null or blank text.
     *
     * @throws InvalidRequestException when the text is neither {@code YYYY-MM-DD HH:mm:ss} nor {@code YYYY-MM-DD}
     */
    public static Instant parse(String field, String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value, DATE).atStartOfDay(zone).toInstant();
            }
            return LocalDateTime.parse(value, DATE_TIME).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw InvalidRequestException.forField(field, text,
                    "Field [" + field + "] must be a date as YYYY-MM-DD HH:mm:ss or YYYY-MM-DD");
        }
    }

    /** The instant as {@code YYYY-MM-DD HH:mm:ss} in the organization's zone; null for null. */
    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(zone));
    }
}
