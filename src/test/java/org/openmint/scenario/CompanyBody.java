package org.openmint.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/** The body that registers a company through the core Edge API: display name "A PHPUnit company", as the fixtures'. */
public final class CompanyBody {

    private final String name;
    private final Attributes attributes = new Attributes();

    private CompanyBody(String name) {
        this.name = name;
    }

    /** A company with a fresh name ({@code company-…}) and no attributes. */
    public static CompanyBody fresh() {
        return new CompanyBody(Scenario.uniqueId("company"));
    }

    /** A company with this name and no attributes. */
    public static CompanyBody named(String name) {
        return new CompanyBody(name);
    }

    /**
     * A fresh company like the one of the mint fixtures: this billing type and the fixtures' tax, broker,
     * category and type attributes, but no legal name or address (a company needs none to accept a plan).
     */
    public static CompanyBody likeTheFixture(String billingType) {
        CompanyBody company = fresh().billingType(billingType);
        company.attributes.putAll(Attributes.FIXTURE_PROFILE);
        return company;
    }

    /** Sets {@code MINT_BILLING_TYPE}; null leaves it unset. */
    public CompanyBody billingType(String billingType) {
        if (billingType != null) {
            attributes.put("MINT_BILLING_TYPE", billingType);
        }
        return this;
    }

    /** Adds attributes as name, value pairs, exactly as given. */
    public CompanyBody attributes(String... nameValues) {
        attributes.addAll(nameValues);
        return this;
    }

    public String name() {
        return name;
    }

    public String json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("displayName", "A PHPUnit company");
        body.put("attributes", attributes.toList());
        return Json.write(body);
    }
}
