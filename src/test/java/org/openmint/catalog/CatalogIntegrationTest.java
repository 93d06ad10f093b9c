package org.openmint.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openmint.Fixtures;
import org.openmint.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Helpers for the catalog's tests: organizations, currencies, products, packages and rate plans made over HTTP. */
abstract class CatalogIntegrationTest extends IntegrationTest {

    static final String STANDARD_PLAN = "mint/organizations/phpunit/monetization-packages/phpunit/rate-plans/standard/GET.json";

    static String mint(String org) {
        return "/v1/mint/organizations/" + org;
    }

    static String packages(String org) {
        return mint(org) + "/monetization-packages";
    }

    static String plans(String org, String packageId) {
        return packages(org) + "/" + packageId + "/rate-plans";
    }

    /** A new organization whose profile is the fixture's: time zone Australia/Eucla (UTC+08:45). */
    protected String newOrganizationLikeFixture() {
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode profile = (ObjectNode) Fixtures.load("mint/organizations/phpunit/GET.json");
        profile.put("id", org);
        api.put(mint(org), profile.toString()).expectStatus(201);
        return org;
    }

    /** Adds the fixture's USD currency (id {@code usd}, minimum top-up 10). */
    protected void newUsd(String org) {
        api.post(mint(org) + "/supported-currencies", """
                {"name": "USD", "displayName": "United States Dollars", "description": "United States Dollars",
                 "organization": {"id": "%s"}, "status": "ACTIVE", "virtualCurrency": false,
                 "minimumTopupAmount": 10}""".formatted(org)).expectStatus(201);
    }

    /** Adds an API product; {@code attributes} are name, value pairs. */
    protected void newProduct(String org, String name, String... attributes) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            list.append(list.isEmpty() ? "" : ",").append("{\"name\": \"").append(attributes[i])
                    .append("\", \"value\": \"").append(attributes[i + 1]).append("\"}");
        }
        api.post("/v1/organizations/" + org + "/apiproducts", """
                {"name": "%s", "displayName": "PHPUnit", "description": "This is a test product.",
                 "approvalType": "auto", "attributes": [%s]}""".formatted(name, list)).expectStatus(201);
    }

    /** Adds a package with this id and name holding these products. */
    protected void newPackage(String org, String id, String... products) {
        StringBuilder list = new StringBuilder();
        for (String product : products) {
            list.append(list.isEmpty() ? "" : ",").append("{\"id\": \"").append(product).append("\"}");
        }
        api.post(packages(org), """
                {"id": "%s", "name": "%s", "displayName": "PHPUnit", "description": "This is a test API package.",
                 "organization": {"id": "%s"}, "product": [%s], "status": "CREATED"}"""
                .formatted(id, id, org, list)).expectStatus(201);
    }

    /** An organization like the fixture's with USD, product {@code phpunit} and package {@code phpunit}. */
    protected String newCatalog() {
        String org = newOrganizationLikeFixture();
        newUsd(org);
        newProduct(org, "phpunit");
        newPackage(org, "phpunit", "phpunit");
        return org;
    }

    /** A plan body: the fixture's standard plan with this organization, id and changes. */
    protected ObjectNode standardPlan(String org, String id, Map<String, Object> changes) {
        ObjectNode plan = (ObjectNode) Fixtures.load(STANDARD_PLAN);
        referToOrganization(plan, org);
        plan.set("monetizationPackage", plan.objectNode().put("id", "phpunit"));
        plan.put("id", id);
        plan.put("name", id);
        changes.forEach((field, value) -> {
            if (value == null) {
                plan.remove(field);
            } else if (value instanceof JsonNode node) {
                plan.set(field, node);
            } else if (value instanceof Boolean bool) {
                plan.put(field, bool);
            } else if (value instanceof Number number) {
                plan.put(field, new BigDecimal(number.toString()));
            } else {
                plan.put(field, value.toString());
            }
        });
        return plan;
    }

    /** One rate card detail with these bands (startUnit, endUnit or null, rate). */
    protected static ArrayNode details(String meteringType, Object... bands) {
        ObjectNode detail = (ObjectNode) Fixtures.load(STANDARD_PLAN).get("ratePlanDetails").get(0);
        detail.remove("organization");
        detail.remove("currency");
        detail.remove("id");
        detail.put("meteringType", meteringType);
        ArrayNode rates = detail.putArray("ratePlanRates");
        for (int i = 0; i + 2 < bands.length + 1; i += 3) {
            ObjectNode rate = rates.addObject().put("type", "RATECARD").put("startUnit", (Integer) bands[i]);
            if (bands[i + 1] != null) {
                rate.put("endUnit", (Integer) bands[i + 1]);
            }
            rate.put("rate", new BigDecimal((String) bands[i + 2]));
        }
        ArrayNode details = detail.arrayNode();
        details.add(detail);
        return details;
    }

    /** The {@code id} of every item of a JSON array. */
    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    /** Replaces every embedded organization by {@code {"id": org}}, as a client sends references. */
    static void referToOrganization(JsonNode node, String org) {
        if (node instanceof ObjectNode object) {
            if (object.has("organization")) {
                object.set("organization", object.objectNode().put("id", org));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator(); fields.hasNext();) {
                referToOrganization(fields.next().getValue(), org);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> referToOrganization(item, org));
        }
    }

    /**
     * A copy whose embedded organizations lack the optional fields that the fixtures show only now and then
     * ({@code address}, {@code taxNexus}, {@code taxRegNo}, {@code transactionRelayURL}); the organization's
     * own tests check its shape.
     */
    static JsonNode comparable(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("organization") instanceof ObjectNode organization) {
                organization.remove(List.of("address", "taxNexus", "taxRegNo", "transactionRelayURL"));
            }
            object.properties().forEach(field -> strip(field.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(CatalogIntegrationTest::strip);
        }
    }
}
