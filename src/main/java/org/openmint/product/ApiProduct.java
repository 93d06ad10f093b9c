package org.openmint.product;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.openmint.attribute.Attribute;
import org.openmint.attribute.Attributes;

/**
 * An API product as the core Edge management API shows it ({@code /v1/organizations/{org}/apiproducts});
 * {@code createdAt} and {@code lastModifiedAt} are epoch milliseconds, unset optional fields are left out.
 * Its monetization settings live in attributes: {@code MINT_TRANSACTION_SUCCESS_CRITERIA},
 * {@code MINT_REFUND_TRANSACTION_SUCCESS_CRITERIA} and {@code MINT_CUSTOM_ATTRIBUTE_1..10}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiProduct(
        List<String> apiResources,
        String approvalType,
        List<Attribute> attributes,
        long createdAt,
        String createdBy,
        String description,
        String displayName,
        List<String> environments,
        long lastModifiedAt,
        String lastModifiedBy,
        String name,
        List<String> proxies,
        String quota,
        String quotaInterval,
        String quotaTimeUnit,
        List<String> scopes) {

    /** Attribute holding the expression that makes a transaction successful. */
    public static final String TRANSACTION_SUCCESS_CRITERIA = "MINT_TRANSACTION_SUCCESS_CRITERIA";
    /** Attribute holding the expression that makes a refund successful. */
    public static final String REFUND_SUCCESS_CRITERIA = "MINT_REFUND_TRANSACTION_SUCCESS_CRITERIA";
    /** Prefix of the attributes naming the custom attributes 1..10 of the transaction recording policy. */
    public static final String CUSTOM_ATTRIBUTE_PREFIX = "MINT_CUSTOM_ATTRIBUTE_";
    /** The highest custom attribute number. */
    public static final int MAX_CUSTOM_ATTRIBUTES = 10;

    /** The mint id of the product: its name. */
    public String id() {
        return name;
    }

    /** The value of the attribute with this name, or null. */
    public String attribute(String attributeName) {
        return Attributes.valueOf(attributes, attributeName);
    }

    /** The name of custom attribute {@code n} (1..10) from {@code MINT_CUSTOM_ATTRIBUTE_n}, or null. */
    public String customAttributeName(int n) {
        return attribute(CUSTOM_ATTRIBUTE_PREFIX + n);
    }
}
