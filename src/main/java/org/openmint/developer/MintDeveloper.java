package org.openmint.developer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.openmint.organization.Address;
import org.openmint.organization.OrganizationProfile;

/**
 * A developer or company as the mint API shows it (spec §4), with the full organization embedded and
 * the fields read from the {@code MINT_*} attributes; unset fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MintDeveloper(
        List<Address> address,
        BigDecimal approxTaxRate,
        String billingType,
        boolean broker,
        DeveloperCategory developerCategory,
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

    /** The mint view of an account of this organization, with its parent company (null for none). */
    static MintDeveloper of(DeveloperEntity entity, OrganizationProfile organization, MintDeveloper parent) {
        String address = entity.attributeOrNull(MintAttributes.ADDRESS);
        String category = entity.attributeOrNull(MintAttributes.CATEGORY);
        String broker = entity.attributeOrNull(MintAttributes.IS_BROKER);
        return new MintDeveloper(
                address == null ? null : MintAttributes.addresses(address),
                MintAttributes.number(entity.attributeOrNull(MintAttributes.APPROX_TAX_RATE)),
                MintAttributes.billingType(entity.attribute(MintAttributes.BILLING_TYPE), organization),
                broker != null && broker.trim().equalsIgnoreCase("true"),
                category == null ? null : new DeveloperCategory(category),
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
        return new MintDeveloper(null, null, null, false, null, null, id, false, null, null, null, null, null, null,
                null, null, null);
    }

    /** The developer category an account belongs to ({@code MINT_DEVELOPER_CATEGORY}): its id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeveloperCategory(String id) {
    }
}
