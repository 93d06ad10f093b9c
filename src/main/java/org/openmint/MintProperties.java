package org.openmint;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * OpenMint's own settings ({@code mint.*}); environment variables override them as Spring Boot does.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data ({@code MINT_DATA_DIR})
 * @param admin the system administrator account
 * @param bcryptStrength the BCrypt cost factor used for password hashes
 * @param enforceMinimumTopup whether reloads below a currency's {@code minimumTopupAmount} are refused
 */
@ConfigurationProperties("mint")
public record MintProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Admin admin,
        @DefaultValue("10") int bcryptStrength,
        @DefaultValue("true") boolean enforceMinimumTopup) {

    /**
     * The system administrator.
     *
     * @param username login name ({@code MINT_ADMIN_USERNAME})
     * @param password password ({@code MINT_ADMIN_PASSWORD}); generated at start-up when empty
     */
    public record Admin(@DefaultValue("admin@example.com") String username, String password) {
    }
}
