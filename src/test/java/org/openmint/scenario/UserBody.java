package org.openmint.scenario;

import java.util.Map;
import java.util.stream.Collectors;

/** The body of an organization user of {@code /emulator/users}. */
public final class UserBody {

    /** The password of every user a {@link Scenario} creates. */
    public static final String PASSWORD = "correct-horse-battery";

    private UserBody() {
    }

    /** A username nobody has used yet. */
    public static String newUsername() {
        return Scenario.uniqueId("user") + "@example.com";
    }

    /** A user's body with these roles ({@code org -> "orgadmin" | "readonly"}); a null password is left out. */
    public static String json(String username, String password, Map<String, String> roles) {
        String rolesJson = roles.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
        return "{\"username\": \"" + username + "\""
                + (password == null ? "" : ", \"password\": \"" + password + "\"")
                + ", \"roles\": " + rolesJson + "}";
    }
}
