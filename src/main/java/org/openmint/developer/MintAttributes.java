package org.openmint.developer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openmint.attribute.Attribute;
import org.openmint.attribute.Attributes;
import org.openmint.error.InvalidRequestException;
import org.openmint.organization.Address;
import org.openmint.organization.OrganizationProfile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code MINT_*} attributes that carry an account's monetization settings (spec §4): checks and readings. */
final class MintAttributes {

    static final String BILLING_TYPE = "MINT_BILLING_TYPE";
    static final String DEVELOPER_TYPE = "MINT_DEVELOPER_TYPE";
    static final String LEGAL_NAME = "MINT_DEVELOPER_LEGAL_NAME";
    static final String ADDRESS = "MINT_DEVELOPER_ADDRESS";
    static final String REGISTRATION_ID = "MINT_REGISTRATION_ID";
    static final String PHONE = "MINT_DEVELOPER_PHONE";
    static final String TAX_EXEMPT_AUTH_NO = "MINT_TAX_EXEMPT_AUTH_NO";
    static final String CATEGORY = "MINT_DEVELOPER_CATEGORY";
    static final String COMPANY_ID = "MINT_COMPANY_ID";
    static final String APPROX_TAX_RATE = "MINT_APPROX_TAX_RATE";
    static final String IS_BROKER = "MINT_IS_BROKER";
    static final String ROLES = "MINT_ROLES";

    private static final Set<String> BILLING_TYPES = Set.of("PREPAID", "POSTPAID");
    private static final Set<String> DEVELOPER_TYPES = Set.of("TRUSTED", "UNTRUSTED");

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private MintAttributes() {
    }

    /**
     * Checks the attributes of a create or update, the {@code MINT_*} values included, and returns them with
     * null values as empty strings.
     *
     * @throws InvalidRequestException when a name is missing or repeated, or a {@code MINT_*} value is invalid
     */
    static List<Attribute> validate(List<Attribute> attributes, OrganizationProfile organization) {
        return Attributes.check(attributes, (name, value) -> checkValue(name, value, organization));
    }

    private static void checkValue(String name, String value, OrganizationProfile organization) {
        if (value.isBlank()) {
            return;
        }
        switch (name) {
            case BILLING_TYPE -> {
                String type = value.trim().toUpperCase(Locale.ROOT);
                if (!BILLING_TYPES.contains(type)) {
                    throw InvalidRequestException.forField(name, value,
                            "Attribute [" + name + "] must be PREPAID or POSTPAID");
                }
                String supported = organization.supportedBillingType();
                if (!"BOTH".equals(supported) && !type.equals(supported)) {
                    throw InvalidRequestException.forField(name, value, "Attribute [" + name + "] must be " + supported
                            + ": organization [" + organization.id() + "] supports no other billing type");
                }
            }
            case DEVELOPER_TYPE -> {
                if (!DEVELOPER_TYPES.contains(value.trim().toUpperCase(Locale.ROOT))) {
                    throw InvalidRequestException.forField(name, value,
                            "Attribute [" + name + "] must be TRUSTED or UNTRUSTED");
                }
            }
            case ADDRESS -> {
                if (addresses(value) == null) {
                    throw InvalidRequestException.forField(name, value,
                            "Attribute [" + name + "] must be an address as a JSON object, or a JSON array of them");
                }
            }
            case APPROX_TAX_RATE -> {
                if (number(value) == null) {
                    throw InvalidRequestException.forField(name, value, "Attribute [" + name + "] must be a number");
                }
            }
            case IS_BROKER -> {
                if (!value.trim().equalsIgnoreCase("true") && !value.trim().equalsIgnoreCase("false")) {
                    throw InvalidRequestException.forField(name, value,
                            "Attribute [" + name + "] must be true or false");
                }
            }
            case ROLES -> {
                if (roleNames(value) == null) {
                    throw InvalidRequestException.forField(name, value, "Attribute [" + name
                            + "] must be a role name, or a JSON array of role names such as [\"Administrator\"]");
                }
            }
            default -> {
                // any other attribute is the client's own
            }
        }
    }

    /**
     * The billing type of an account (spec Part I #10): {@code MINT_BILLING_TYPE}; without it PREPAID
     * when the organization supports BOTH, else the organization's only type.
     */
    static String billingType(String attribute, OrganizationProfile organization) {
        if (attribute != null && !attribute.isBlank()) {
            String type = attribute.trim().toUpperCase(Locale.ROOT);
            if (BILLING_TYPES.contains(type)) {
                return type;
            }
        }
        String supported = organization.supportedBillingType();
        return BILLING_TYPES.contains(supported) ? supported : "PREPAID";
    }

    /** {@code MINT_DEVELOPER_TYPE} in upper case, or null. */
    static String developerType(String attribute) {
        return attribute == null || attribute.isBlank() ? null : attribute.trim().toUpperCase(Locale.ROOT);
    }

    /** The addresses of a {@code MINT_DEVELOPER_ADDRESS} value (a JSON object or an array of them); null when malformed. */
    static List<Address> addresses(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            List<Address> addresses = new ArrayList<>();
            if (node.isObject()) {
                addresses.add(JSON.treeToValue(node, Address.class));
            } else if (node.isArray()) {
                for (JsonNode item : node) {
                    if (!item.isObject()) {
                        return null;
                    }
                    addresses.add(JSON.treeToValue(item, Address.class));
                }
            } else {
                return null;
            }
            return addresses;
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * The role names of a {@code MINT_ROLES} value (spec §14.2): a JSON array of names such as
     * {@code ["Monetization Administrator"]}, or one name as plain text; blank names are left out. An empty
     * list for null or blank, null when the value starts as an array but is not an array of texts.
     */
    static List<String> roleNames(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        if (!value.trim().startsWith("[")) {
            return List.of(value.trim());
        }
        try {
            List<String> names = new ArrayList<>();
            for (JsonNode item : JSON.readTree(value)) {
                if (!item.isString()) {
                    return null;
                }
                if (!item.asString().isBlank()) {
                    names.add(item.asString().trim());
                }
            }
            return names;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** A decimal number of reasonable size, or null when the value is not one. */
    static BigDecimal number(String value) {
        if (value == null || value.isBlank() || value.length() > 40) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.trim());
            boolean reasonable = number.scale() <= 10 && number.precision() - number.scale() <= 15;
            return reasonable ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
