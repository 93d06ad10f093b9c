package org.openmint.error;

/** One {@code {"name": ..., "value": ...}} item of an error body's {@code contexts}. */
public record ErrorContext(String name, String value) {
}
