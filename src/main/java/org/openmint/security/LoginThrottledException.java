package org.openmint.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Logins for this username are refused for a while after too many failed attempts. */
class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed login attempts");
        this.retryAfter = retryAfter;
    }

    /** How long until logins are accepted again. */
    Duration retryAfter() {
        return retryAfter;
    }
}
