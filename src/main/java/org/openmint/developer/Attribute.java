package org.openmint.developer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A custom attribute of a developer or company: {@code {"name": ..., "value": ...}} on the wire, a row in the database. */
@Embeddable
record Attribute(
        @Column(name = "name") String name,
        @Column(name = "value") String value) {
}
