package org.openmint.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body that registers a developer through the core Edge API: named Php Unit (user name {@code phpunit})
 * as the fixtures' developer, with the attributes set here.
 */
public final class DeveloperBody {

    /** The address of the mint fixtures, as a {@code MINT_DEVELOPER_ADDRESS} value. */
    public static final String ADDRESS = """
            {"address1":"address1","city":"city1","country":"country1","id":"id1","isPrimary":true,\
            "state":"state1","zip":"zip1"}""";
    /** The developer category of the mint fixtures. */
    public static final String CATEGORY = "312004df-fc1e-4bc3-8ae0-f7a9652c1ac2";

    private final String email;
    private final Attributes attributes = new Attributes();

    private DeveloperBody(String email) {
        this.email = email;
    }

    /** A developer with a fresh email ({@code dev-…@example.com}) and no attributes. */
    public static DeveloperBody fresh() {
        return new DeveloperBody(Scenario.uniqueId("dev") + "@example.com");
    }

    /** A developer with this email and no attributes. */
    public static DeveloperBody withEmail(String email) {
        return new DeveloperBody(email);
    }

    /**
     * A fresh developer like the one of the mint fixtures: this billing type, a legal name and an address
     * (what accepting a plan needs), and the fixtures' tax, broker, category and type attributes.
     */
    public static DeveloperBody likeTheFixture(String billingType) {
        DeveloperBody developer = fresh().legalDetails().billingType(billingType);
        developer.attributes.putAll(Attributes.FIXTURE_PROFILE);
        return developer;
    }

    /** Sets {@code MINT_BILLING_TYPE}; null leaves it unset. */
    public DeveloperBody billingType(String billingType) {
        if (billingType != null) {
            attributes.put("MINT_BILLING_TYPE", billingType);
        }
        return this;
    }

    /** Sets the legal name and the fixtures' address, which a developer needs to accept a rate plan. */
    public DeveloperBody legalDetails() {
        attributes.put("MINT_DEVELOPER_LEGAL_NAME", "Legal " + email);
        attributes.put("MINT_DEVELOPER_ADDRESS", ADDRESS);
        return this;
    }

    /** Sets one attribute, replacing a value set before. */
    public DeveloperBody attribute(String name, String value) {
        attributes.put(name, value);
        return this;
    }

    /** Adds attributes as name, value pairs, exactly as given (the same name twice included). */
    public DeveloperBody attributes(String... nameValues) {
        attributes.addAll(nameValues);
        return this;
    }

    public String email() {
        return email;
    }

    public String json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("firstName", "Php");
        body.put("lastName", "Unit");
        body.put("userName", "phpunit");
        body.put("attributes", attributes.toList());
        return Json.write(body);
    }
}
