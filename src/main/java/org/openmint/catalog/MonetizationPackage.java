package org.openmint.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.openmint.organization.OrganizationProfile;
import org.openmint.product.MintProduct;

/** An API package as the mint API shows it (spec §9.1), with its products and the organization in full. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonetizationPackage(
        String description,
        String displayName,
        String id,
        String name,
        OrganizationProfile organization,
        List<MintProduct> product,
        String status) {
}
