package org.openmint.security;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Checks HTTP Basic credentials: refuses usernames locked by too many failures ({@link LoginThrottle}),
 * verifies the password against the account's BCrypt hash unless {@link AuthenticationCache} has
 * just seen it succeed, and authenticates the caller as a {@link MintPrincipal}.
 */
@Component
class MintAuthenticationProvider implements AuthenticationProvider {

    private final MintAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuthenticationCache cache;
    private final LoginThrottle throttle;
    /** Checked against when the username is unknown, so that the answer takes as long as for a known one. */
    private final String unknownUserHash;

    MintAuthenticationProvider(MintAccounts accounts, PasswordEncoder passwordEncoder, AuthenticationCache cache,
            LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.cache = cache;
        this.throttle = throttle;
        this.unknownUserHash = passwordEncoder.encode("no such user: compared only to spend the same time");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        throttle.check(username);
        Optional<MintAccounts.Account> found = find(username);
        if (found.isEmpty()) {
            passwordEncoder.matches(password, unknownUserHash);
            throttle.failed(username);
            throw new BadCredentialsException("Bad credentials");
        }
        MintAccounts.Account account = found.get();
        MintPrincipal principal = account.principal();
        if (!cache.contains(principal.username(), password, account.passwordHash())) {
            if (!passwordEncoder.matches(password, account.passwordHash())) {
                throttle.failed(username);
                throw new BadCredentialsException("Bad credentials");
            }
            cache.put(principal.username(), password, account.passwordHash());
        }
        throttle.succeeded(username);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities(principal));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Looks the account up; a database failure is the service's fault, not a failed login. */
    private Optional<MintAccounts.Account> find(String username) {
        try {
            return accounts.find(username);
        } catch (DataAccessException | TransactionException e) {
            throw new InternalAuthenticationServiceException("The account could not be read", e);
        }
    }

    private static List<GrantedAuthority> authorities(MintPrincipal principal) {
        return List.of(new SimpleGrantedAuthority(
                "ROLE_" + (principal.systemAdmin()
                        ? CurrentUser.SYSTEM_ADMIN_ROLE
                        : CurrentUser.ORGANIZATION_USER_ROLE)));
    }
}
