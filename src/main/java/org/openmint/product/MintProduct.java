package org.openmint.product;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.openmint.organization.OrganizationProfile;

/**
 * An API product as the mint API shows it ({@code /v1/mint/organizations/{org}/products}, spec §9.1),
 * embedded in packages and rate plans: {@code customAtt{n}Name} from the product's
 * {@code MINT_CUSTOM_ATTRIBUTE_n} attributes, the success criteria from its {@code MINT_*} attributes
 * and the full organization. {@code status} is kept but unused, always {@code CREATED}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MintProduct(
        String description,
        String displayName,
        String id,
        String name,
        OrganizationProfile organization,
        String refundSuccessCriteria,
        String status,
        String transactionSuccessCriteria,
        Map<String, String> customAttributeNames) {

    /** Apigee's criteria when the product sets none. */
    public static final String DEFAULT_SUCCESS_CRITERIA = "txProviderStatus == 'OK'";

    /** The names of the custom attributes, as {@code customAtt{n}Name} fields. */
    @JsonAnyGetter
    public Map<String, String> customAttributeNames() {
        return customAttributeNames;
    }

    /** The mint view of a product of this organization. */
    public static MintProduct of(ApiProduct product, OrganizationProfile organization) {
        Map<String, String> custom = new LinkedHashMap<>();
        for (int n = 1; n <= ApiProduct.MAX_CUSTOM_ATTRIBUTES; n++) {
            String name = product.customAttributeName(n);
            if (name != null && !name.isBlank()) {
                custom.put("customAtt" + n + "Name", name);
            }
        }
        String success = product.attribute(ApiProduct.TRANSACTION_SUCCESS_CRITERIA);
        return new MintProduct(product.description(), product.displayName(), product.id(), product.name(),
                organization, product.attribute(ApiProduct.REFUND_SUCCESS_CRITERIA), "CREATED",
                success == null || success.isBlank() ? DEFAULT_SUCCESS_CRITERIA : success,
                Collections.unmodifiableMap(custom));
    }
}
