package org.openmint.app;

import java.time.Instant;
import java.util.List;

import org.openmint.attribute.Attribute;

/**
 * An app as the core Edge API shows it, timestamps in epoch milliseconds: {@code developerId} for a
 * developer's app, {@code companyName} for a company's; unset fields ({@code callbackUrl}) are left out.
 */
record AppResponse(
        String appFamily,
        String appId,
        List<Attribute> attributes,
        String callbackUrl,
        String companyName,
        long createdAt,
        String createdBy,
        List<Credential> credentials,
        String developerId,
        long lastModifiedAt,
        String lastModifiedBy,
        String name,
        List<String> scopes,
        String status) {

    /** Edge puts every app in the {@code default} family. */
    static final String DEFAULT_FAMILY = "default";

    /** The app; {@code companyName} is the owner's name for a company's app and ignored otherwise. */
    static AppResponse from(AppEntity app, String companyName) {
        List<ProductRef> products = app.products().stream()
                .map(p -> new ProductRef(p.productName(), p.status())).toList();
        List<Credential> credentials = app.credentials().stream()
                .map(c -> new Credential(products, List.of(), c.consumerKey(), c.consumerSecret(),
                        millisOrNever(c.expiresAt()), c.issuedAt().toEpochMilli(), app.scopes(), c.status()))
                .toList();
        return new AppResponse(DEFAULT_FAMILY, app.id().toString(), app.attributes(), app.callbackUrl(),
                app.ownedByCompany() ? companyName : null, app.createdAt().toEpochMilli(), app.createdBy(),
                credentials, app.ownedByCompany() ? null : app.ownerId().toString(), app.updatedAt().toEpochMilli(),
                app.updatedBy(), app.name(), app.scopes(), app.status());
    }

    private static long millisOrNever(Instant instant) {
        return instant == null ? -1 : instant.toEpochMilli();
    }

    /** A credential: its key and secret and the app's products with their approval status. */
    record Credential(
            List<ProductRef> apiProducts,
            List<Attribute> attributes,
            String consumerKey,
            String consumerSecret,
            long expiresAt,
            long issuedAt,
            List<String> scopes,
            String status) {
    }

    /** {@code {"apiproduct": name, "status": ...}}. */
    record ProductRef(String apiproduct, String status) {
    }
}
