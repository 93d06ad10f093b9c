package org.openmint.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body that adds an API product through the core Edge API: display name "PHPUnit " and its name,
 * the fixtures' description, approved automatically, and the attributes set here.
 */
public final class ProductBody {

    private final String name;
    private String displayName;
    private String description = "This is a test product.";
    private String approvalType = "auto";
    private final Attributes attributes = new Attributes();

    private ProductBody(String name) {
        this.name = name;
        this.displayName = "PHPUnit " + name;
    }

    public static ProductBody named(String name) {
        return new ProductBody(name);
    }

    public ProductBody displayName(String displayName) {
        this.displayName = displayName;
        return this;
    }

    /** The description; null leaves it out. */
    public ProductBody description(String description) {
        this.description = description;
        return this;
    }

    /** {@code auto} or {@code manual}. */
    public ProductBody approvalType(String approvalType) {
        this.approvalType = approvalType;
        return this;
    }

    /** Adds attributes as name, value pairs ({@code MINT_CUSTOM_ATTRIBUTE_1} and the like). */
    public ProductBody attributes(String... nameValues) {
        attributes.addAll(nameValues);
        return this;
    }

    public String json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("displayName", displayName);
        if (description != null) {
            body.put("description", description);
        }
        body.put("approvalType", approvalType);
        body.put("attributes", attributes.toList());
        return Json.write(body);
    }
}
