package org.openmint.product;

import java.util.List;

import org.openmint.attribute.Attribute;

/** A product's attributes as {@code /apiproducts/{name}/attributes} takes and answers them: {@code {"attribute": [...]}}. */
record ProductAttributes(List<Attribute> attribute) {
}
