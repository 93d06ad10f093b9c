package org.openmint.developer;

/** Stub until the developer feature lands. */
public record DeveloperAccount(String org, String id, String email, String name, boolean company,
        String billingType, String status, String legalName, boolean hasAddress, String categoryId) {
}
