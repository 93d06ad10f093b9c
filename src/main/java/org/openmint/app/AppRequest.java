package org.openmint.app;

import java.util.List;

import org.openmint.attribute.Attribute;

/**
 * The body of a core Edge app create or update ({@code DeveloperAppRequest}). Output-only fields a client
 * sends back ({@code appId}, {@code credentials}, {@code createdAt}, ...) are ignored, and so is {@code status}.
 *
 * @param apiProducts names of API products; on update, null keeps the app's products
 * @param keyExpiresIn lifetime of the generated key in milliseconds, -1 or absent for ever; create only
 * @param scopes OAuth scopes; create only, as in Edge
 */
record AppRequest(
        String name,
        List<Attribute> attributes,
        String callbackUrl,
        List<String> apiProducts,
        List<String> scopes,
        Long keyExpiresIn,
        String status) {
}
