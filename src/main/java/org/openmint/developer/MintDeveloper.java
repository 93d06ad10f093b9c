package org.openmint.developer;

import java.math.BigDecimal;
import java.util.List;

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

    /** The developer category an account belongs to ({@code MINT_DEVELOPER_CATEGORY}): its id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeveloperCategory(String id) {
    }
}
