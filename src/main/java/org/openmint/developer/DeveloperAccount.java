package org.openmint.developer;

import java.util.Locale;

import org.openmint.organization.OrganizationProfile;

/**
 * A developer or company that can hold balances, as the other features see it.
 *
 * @param org the organization
 * @param id the developer's UUID, or for a company an internal UUID generated at creation (never shown by the core Edge API)
 * @param email the developer's email, or for a company {@code {org}###{company}@APIGEE-GEN.FOR-COMPANY}
 * @param name the developer's first and last name, or the company name
 * @param company whether this is a company
 * @param billingType {@code PREPAID} or {@code POSTPAID} (spec Part I #10)
 * @param status {@code ACTIVE} or {@code INACTIVE}
 * @param legalName {@code MINT_DEVELOPER_LEGAL_NAME}, or null
 * @param hasAddress whether {@code MINT_DEVELOPER_ADDRESS} is set
 * @param categoryId {@code MINT_DEVELOPER_CATEGORY}, or null
 */
public record DeveloperAccount(String org, String id, String email, String name, boolean company,
        String billingType, String status, String legalName, boolean hasAddress, String categoryId) {

    /** Whether the account pays in advance from a prepaid balance. */
    public boolean prepaid() {
        return "PREPAID".equals(billingType);
    }

    /** Whether the account is ACTIVE. */
    public boolean active() {
        return "ACTIVE".equals(status);
    }

    static DeveloperAccount of(DeveloperEntity entity, OrganizationProfile organization) {
        return new DeveloperAccount(entity.orgId(), entity.id().toString(), entity.mintEmail(), entity.mintName(),
                entity.company(),
                MintAttributes.billingType(entity.attribute(MintAttributes.BILLING_TYPE), organization),
                entity.status().toUpperCase(Locale.ROOT), entity.attributeOrNull(MintAttributes.LEGAL_NAME),
                entity.attributeOrNull(MintAttributes.ADDRESS) != null,
                entity.attributeOrNull(MintAttributes.CATEGORY));
    }
}
