package org.openmint.developer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.openmint.category.DeveloperCategory;
import org.openmint.category.DeveloperRole;
import org.openmint.organization.Address;
import org.openmint.organization.OrganizationProfile;

/**
 * A developer or company as the mint API shows it (spec §4), with the full organization embedded and
 * the fields read from the {@code MINT_*} attributes; unset fields are left out. {@code developerCategory}
 * is the category {@code MINT_DEVELOPER_CATEGORY} names (spec §14.1); {@code developerRole}, which Apigee's
 * clients ignore, the roles {@code MINT_ROLES} names (spec §14.2).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MintDeveloper(
        List<Address> address,
        BigDecimal approxTaxRate,
        String billingType,
        boolean broker,
        DeveloperCategory developerCategory,
        List<DeveloperRole> developerRole,
        String email,
        String id,
        @JsonProperty("isCompany") boolean isCompany,
        String legalName,
        String name,
        OrganizationProfile organization,
        MintDeveloper parent,
        String phone,
        String registrationId,
        String status,
        String taxExemptAuthNo,
        String type) {

    /**
     * The mint view of an account of this organization, with its parent company (null for none), and the
     * category and roles its attributes name (null for none).
     */
    static MintDeveloper of(DeveloperEntity entity, OrganizationProfile organization, MintDeveloper parent,
            DeveloperCategory category, List<DeveloperRole> roles) {
        String address = entity.attributeOrNull(MintAttributes.ADDRESS);
        String broker = entity.attributeOrNull(MintAttributes.IS_BROKER);
        return new MintDeveloper(
                address == null ? null : MintAttributes.addresses(address),
                MintAttributes.number(entity.attributeOrNull(MintAttributes.APPROX_TAX_RATE)),
                MintAttributes.billingType(entity.attribute(MintAttributes.BILLING_TYPE), organization),
                broker != null && broker.trim().equalsIgnoreCase("true"),
                category,
                roles,
                entity.mintEmail(),
                entity.company() ? entity.name() : entity.id().toString(),
                entity.company(),
                entity.attributeOrNull(MintAttributes.LEGAL_NAME),
                entity.mintName(),
                organization,
                parent,
                entity.attributeOrNull(MintAttributes.PHONE),
                entity.attributeOrNull(MintAttributes.REGISTRATION_ID),
                entity.status().toUpperCase(Locale.ROOT),
                entity.attributeOrNull(MintAttributes.TAX_EXEMPT_AUTH_NO),
                MintAttributes.developerType(entity.attribute(MintAttributes.DEVELOPER_TYPE)));
    }

    /** An account a rate plan names that does not exist (any more): only the reference the plan holds, as its id. */
    static MintDeveloper reference(String id) {
        return new MintDeveloper(null, null, null, false, null, null, null, id, false, null, null, null, null, null,
                null, null, null, null);
    }
}
