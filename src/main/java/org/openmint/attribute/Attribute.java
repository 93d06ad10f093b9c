package org.openmint.attribute;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A custom attribute of a developer, company, app or API product: {@code {"name": ..., "value": ...}} on the
 * wire, a row of the owner's own attribute table in the database.
 */
@Embeddable
public record Attribute(
        @Column(name = "name") String name,
        @Column(name = "value") String value) {
}
