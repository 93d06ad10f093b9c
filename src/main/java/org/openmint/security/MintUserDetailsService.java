package org.openmint.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.openmint.MintProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The accounts that may log in: the system administrator from {@code MINT_ADMIN_USERNAME} and
 * {@code MINT_ADMIN_PASSWORD}, whose password is kept only as a BCrypt hash. Without a configured
 * password one is generated at start-up and logged once.
 */
@Service
class MintUserDetailsService implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(MintUserDetailsService.class);

    private final UserDetails admin;

    MintUserDetailsService(MintProperties properties, PasswordEncoder passwordEncoder) {
        String username = properties.admin().username();
        String password = properties.admin().password();
        if (password == null || password.isEmpty()) {
            password = generatePassword();
            log.warn("No MINT_ADMIN_PASSWORD set; generated password for system administrator {}: {}", username,
                    password);
        }
        this.admin = User.withUsername(username)
                .password(passwordEncoder.encode(password))
                .roles(CurrentUser.SYSTEM_ADMIN_ROLE)
                .build();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (admin.getUsername().equalsIgnoreCase(username)) {
            return User.withUserDetails(admin).build();
        }
        throw new UsernameNotFoundException("Unknown user");
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
