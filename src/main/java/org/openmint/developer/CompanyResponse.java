package org.openmint.developer;

import java.util.List;

import org.openmint.attribute.Attribute;

/** A company as the core Edge API shows it, timestamps in epoch milliseconds. */
record CompanyResponse(
        List<String> apps,
        List<Attribute> attributes,
        long createdAt,
        String createdBy,
        String displayName,
        long lastModifiedAt,
        String lastModifiedBy,
        String name,
        String status) {

    static CompanyResponse from(DeveloperEntity entity) {
        return new CompanyResponse(List.of(), entity.attributes(), entity.createdAt().toEpochMilli(),
                entity.createdBy(), entity.displayName(), entity.updatedAt().toEpochMilli(), entity.updatedBy(),
                entity.name(), entity.status());
    }
}
