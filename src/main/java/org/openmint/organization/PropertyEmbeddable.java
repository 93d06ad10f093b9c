package org.openmint.organization;

import jakarta.persistence.Embeddable;

/** A stored organization property. */
@Embeddable
class PropertyEmbeddable {

    private String name;
    private String value;

    protected PropertyEmbeddable() {
    }

    PropertyEmbeddable(String name, String value) {
        this.name = name;
        this.value = value;
    }

    OrganizationProperty toProperty() {
        return new OrganizationProperty(name, value);
    }
}
