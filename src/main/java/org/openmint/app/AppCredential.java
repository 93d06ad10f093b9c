package org.openmint.app;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A credential (API key) of an app; {@code expiresAt} null means it never expires. */
@Embeddable
record AppCredential(
        @Column(name = "consumer_key") String consumerKey,
        @Column(name = "consumer_secret") String consumerSecret,
        @Column(name = "status") String status,
        @Column(name = "issued_at") Instant issuedAt,
        @Column(name = "expires_at") Instant expiresAt) {
}
