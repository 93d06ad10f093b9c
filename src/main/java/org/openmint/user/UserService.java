package org.openmint.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.openmint.MintProperties;
import org.openmint.error.DuplicateEntityException;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationService;
import org.openmint.web.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages organization users: accounts with a role ({@code orgadmin} or {@code readonly}) in each
 * organization granted to them. Usernames are unique ignoring case; passwords are kept only as
 * BCrypt hashes and never returned.
 */
@Service
public class UserService {

    /** Letters, digits and {@code . _ + @ ' -}: usable in a path and in HTTP Basic (no colon). */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+@'-]{0,254}");
    private static final int MIN_PASSWORD_LENGTH = 8;
    /** BCrypt reads no more than 72 bytes of a password. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final String adminUsername;
    private final Clock clock;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            MintProperties properties, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.adminUsername = properties.admin().username();
        this.clock = clock;
    }

    /** The login details of the user with this username (any case), for authentication. */
    @Transactional(readOnly = true)
    public Optional<UserLogin> findLogin(String username) {
        return users.findWithRolesByUsername(username).map(UserEntity::toLogin);
    }

    @Transactional(readOnly = true)
    Users list(Paging paging) {
        Page<UserEntity> page = users.findAllOrderByUsername(paging.pageable(Sort.unsorted()));
        List<UserResponse> items = page.getContent().stream().map(UserResponse::from).toList();
        return new Users(items, page.getTotalElements());
    }

    @Transactional(readOnly = true)
    UserResponse get(String username) {
        return UserResponse.from(find(username));
    }

    /**
     * Creates a user.
     *
     * @throws InvalidRequestException when the username, password or a role is missing or invalid
     * @throws DuplicateEntityException when the username (ignoring case) is taken, by a user or the system administrator
     */
    @Transactional
    UserResponse create(UserRequest request) {
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        String username = validUsername(request.username());
        String password = validPassword(request.password());
        Map<String, OrgRole> roles = validRoles(request.roles());
        if (username.equalsIgnoreCase(adminUsername) || users.findByUsername(username).isPresent()) {
            throw new DuplicateEntityException("User", username);
        }
        UserEntity user = new UserEntity(username, passwordEncoder.encode(password), roles, now());
        users.saveAndFlush(user);
        return UserResponse.from(user);
    }

    /**
     * Replaces a user's roles, and the password when one is given.
     *
     * @throws ResourceNotFoundException when there is no such user
     * @throws InvalidRequestException when the password or a role is invalid, or the username differs from the path
     */
    @Transactional
    UserResponse replace(String username, UserRequest request) {
        UserEntity user = find(username);
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        if (request.username() != null && !request.username().trim().equalsIgnoreCase(user.username())) {
            throw InvalidRequestException.forField("username", request.username(),
                    "Field [username] must match the user in the path");
        }
        String hash = request.password() == null ? null : passwordEncoder.encode(validPassword(request.password()));
        user.replace(hash, validRoles(request.roles()), now());
        users.flush();
        events.publishEvent(new UserChangedEvent(user.username()));
        return UserResponse.from(user);
    }

    /**
     * Deletes a user; their next request is refused.
     *
     * @throws ResourceNotFoundException when there is no such user
     */
    @Transactional
    void delete(String username) {
        UserEntity user = find(username);
        users.delete(user);
        users.flush();
        events.publishEvent(new UserChangedEvent(user.username()));
    }

    private UserEntity find(String username) {
        return users.findByUsername(username).orElseThrow(() -> new ResourceNotFoundException("User", username));
    }

    private Instant now() {
        return clock.instant();
    }

    private static String validUsername(String username) {
        if (username == null || username.isBlank()) {
            throw InvalidRequestException.missing("username");
        }
        String trimmed = username.trim();
        if (!USERNAME.matcher(trimmed).matches()) {
            throw InvalidRequestException.forField("username", username,
                    "Field [username] may hold up to 255 letters, digits and . _ + @ ' - and must start with a letter or digit");
        }
        return trimmed;
    }

    /** Checks a password; the error never repeats it. */
    private static String validPassword(String password) {
        if (password == null || password.isEmpty()) {
            throw InvalidRequestException.missing("password");
        }
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw InvalidRequestException.forField("password", null,
                    "Field [password] must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw InvalidRequestException.forField("password", null,
                    "Field [password] must not be longer than " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
        return password;
    }

    private static Map<String, OrgRole> validRoles(Map<String, String> roles) {
        Map<String, OrgRole> valid = new HashMap<>();
        if (roles == null) {
            return valid;
        }
        roles.forEach((org, value) -> {
            if (!OrganizationService.isValidName(org)) {
                throw InvalidRequestException.forField("roles", org,
                        "Organization [" + org + "] is not a valid organization id");
            }
            OrgRole role = OrgRole.parse(value)
                    .orElseThrow(() -> InvalidRequestException.forField("roles." + org, value,
                            "Role [" + value + "] must be one of [orgadmin, readonly]"));
            valid.put(org, role);
        });
        return valid;
    }
}
