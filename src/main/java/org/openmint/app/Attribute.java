package org.openmint.app;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A custom attribute of an app: {@code {"name": ..., "value": ...}} on the wire, a row in the database. */
@Embeddable
record Attribute(
        @Column(name = "name") String name,
        @Column(name = "value") String value) {
}
