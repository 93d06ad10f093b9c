package org.openmint.developer;

import java.util.List;

import org.openmint.attribute.Attribute;

/** A developer as the core Edge API shows it, timestamps in epoch milliseconds. */
record DeveloperResponse(
        List<String> apps,
        List<Attribute> attributes,
        List<String> companies,
        long createdAt,
        String createdBy,
        String developerId,
        String email,
        String firstName,
        long lastModifiedAt,
        String lastModifiedBy,
        String lastName,
        String organizationName,
        String status,
        String userName) {

    static DeveloperResponse from(DeveloperEntity entity) {
        return new DeveloperResponse(List.of(), entity.attributes(), List.of(), entity.createdAt().toEpochMilli(),
                entity.createdBy(), entity.id().toString(), entity.email(), entity.firstName(),
                entity.updatedAt().toEpochMilli(), entity.updatedBy(), entity.lastName(), entity.orgId(),
                entity.status(), entity.userName());
    }
}
