package org.openmint.user;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openmint.Api;

/** Creates organization users through {@code /emulator/users} for tests. */
public final class TestUsers {

    /** The password of every user these helpers create. */
    public static final String PASSWORD = "correct-horse-battery";

    private TestUsers() {
    }

    /** A username nobody has used yet. */
    public static String newUsername() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** Creates a user with {@link #PASSWORD} and these roles ({@code org -> "orgadmin" | "readonly"}). */
    public static String create(Api admin, Map<String, String> roles) {
        String username = newUsername();
        admin.post("/emulator/users", body(username, PASSWORD, roles)).expectStatus(201);
        return username;
    }

    /** A user's JSON body; a null password is left out. */
    public static String body(String username, String password, Map<String, String> roles) {
        String rolesJson = roles.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
        return "{\"username\": \"" + username + "\""
                + (password == null ? "" : ", \"password\": \"" + password + "\"")
                + ", \"roles\": " + rolesJson + "}";
    }
}
