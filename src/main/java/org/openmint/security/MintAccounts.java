package org.openmint.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.openmint.MintProperties;
import org.openmint.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The accounts that may log in: the system administrator from {@code MINT_ADMIN_USERNAME} and
 * {@code MINT_ADMIN_PASSWORD}, and the organization users of {@link UserService}. Passwords are
 * kept only as BCrypt hashes. Without a configured administrator password one is generated at
 * start-up and logged once: the only secret ever logged, so that the operator can log in.
 */
@Component
class MintAccounts {

    private static final Logger log = LoggerFactory.getLogger(MintAccounts.class);

    private final Account admin;
    private final UserService users;

    MintAccounts(MintProperties properties, PasswordEncoder passwordEncoder, UserService users) {
        String username = properties.admin().username();
        String password = properties.admin().password();
        if (password == null || password.isEmpty()) {
            password = generatePassword();
            log.warn("No MINT_ADMIN_PASSWORD set; generated password for system administrator {}: {}", username,
                    password);
        }
        this.admin = new Account(new MintPrincipal(username, true, Map.of()), passwordEncoder.encode(password));
        this.users = users;
    }

    /** The account with this username, compared ignoring case; the administrator's name wins. */
    Optional<Account> find(String username) {
        if (username.indexOf('\u0000') >= 0) {
            // no account has one, and PostgreSQL text cannot even hold it to compare
            return Optional.empty();
        }
        if (admin.principal().username().equalsIgnoreCase(username)) {
            return Optional.of(admin);
        }
        return users.findLogin(username)
                .map(user -> new Account(new MintPrincipal(user.username(), false, user.roles()), user.passwordHash()));
    }

    /** An account: who it is and the BCrypt hash of its password. */
    record Account(MintPrincipal principal, String passwordHash) {

        @Override
        public String toString() {
            return "Account[" + principal.username() + "]";
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
