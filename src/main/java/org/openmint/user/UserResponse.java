package org.openmint.user;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/**
 * An organization user as the emulator shows it: username, roles by organization and UTC
 * timestamps; never the password or its hash.
 */
record UserResponse(String username, Map<String, String> roles, String created, String updated) {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    static UserResponse from(UserEntity entity) {
        Map<String, String> roles = new TreeMap<>();
        entity.roles().forEach((org, role) -> roles.put(org, role.value()));
        return new UserResponse(entity.username(), roles, TIMESTAMP.format(entity.createdAt()),
                TIMESTAMP.format(entity.updatedAt()));
    }
}
