package org.openmint.subscription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Helpers for the accepted-plan tests: an organization in the fixtures' time zone (Australia/Eucla,
 * UTC+08:45) with USD, products, packages and published rate plans, and developers and companies
 * that can accept plans, all made over HTTP.
 */
abstract class SubscriptionIntegrationTest extends IntegrationTest {

    static final ZoneId EUCLA = ZoneId.of("Australia/Eucla");
    static final String CATEGORY = "312004df-fc1e-4bc3-8ae0-f7a9652c1ac2";
    static final String ADDRESS = """
            {"address1":"address1","city":"city1","country":"country1","id":"id1","isPrimary":true,\
            "state":"state1","zip":"zip1"}""";
    static final String STANDARD_PLAN = "mint/organizations/phpunit/monetization-packages/phpunit/rate-plans/standard/GET.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String mint(String org) {
        return "/v1/mint/organizations/" + org;
    }

    /** {@code .../developers/{id}} or {@code .../companies/{name}} in the mint API. */
    static String account(String org, String kind, String id) {
        return mint(org) + "/" + kind + "/" + id;
    }

    static String ratePlans(String org, String kind, String id) {
        return account(org, kind, id) + "/developer-rateplans";
    }

    static String acceptedPlans(String org, String kind, String id) {
        return account(org, kind, id) + "/developer-accepted-rateplans";
    }

    /** Today in the organization's time zone. */
    static LocalDate today() {
        return LocalDate.now(EUCLA);
    }

    /** A day relative to today in the organization's time zone, as {@code YYYY-MM-DD}. */
    static String day(int fromToday) {
        return today().plusDays(fromToday).toString();
    }

    /**
     * A new organization like the fixtures' (time zone Australia/Eucla), with USD, products
     * {@code phpunit} and {@code other}, and package {@code phpunit} holding {@code phpunit}.
     */
    protected String newCatalog() {
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode profile = (ObjectNode) Fixtures.load("mint/organizations/phpunit/GET.json");
        profile.put("id", org);
        api.put(mint(org), profile.toString()).expectStatus(201);
        api.post(mint(org) + "/supported-currencies", """
                {"name": "USD", "displayName": "United States Dollars", "description": "United States Dollars",
                 "organization": {"id": "%s"}, "status": "ACTIVE", "virtualCurrency": false,
                 "minimumTopupAmount": 10}""".formatted(org)).expectStatus(201);
        newProduct(org, "phpunit");
        newProduct(org, "other");
        newPackage(org, "phpunit", "phpunit");
        return org;
    }

    protected void newProduct(String org, String name) {
        api.post("/v1/organizations/" + org + "/apiproducts", """
                {"name": "%s", "displayName": "PHPUnit %s", "description": "This is a test product.",
                 "approvalType": "auto"}""".formatted(name, name)).expectStatus(201);
    }

    protected void newPackage(String org, String id, String... products) {
        StringBuilder list = new StringBuilder();
        for (String product : products) {
            list.append(list.isEmpty() ? "" : ",").append("{\"id\": \"").append(product).append("\"}");
        }
        api.post(mint(org) + "/monetization-packages", """
                {"id": "%s", "name": "%s", "displayName": "PHPUnit", "description": "This is a test API package.",
                 "organization": {"id": "%s"}, "product": [%s], "status": "CREATED"}"""
                .formatted(id, id, org, list)).expectStatus(201);
    }

    /**
     * Creates a rate plan in a package: the fixture's standard plan, published, with this id, no setup
     * or recurring fee, and these changes (field, value pairs; null removes the field).
     */
    protected void newPlan(String org, String packageId, String id, Object... changes) {
        ObjectNode plan = (ObjectNode) Fixtures.load(STANDARD_PLAN);
        referToOrganization(plan, org);
        plan.set("monetizationPackage", plan.objectNode().put("id", packageId));
        plan.put("id", id);
        plan.put("name", id);
        plan.put("displayName", "Plan " + id);
        plan.put("published", true);
        plan.put("setUpFee", 0);
        plan.put("recurringFee", 0);
        for (int i = 0; i + 1 < changes.length; i += 2) {
            String field = (String) changes[i];
            Object value = changes[i + 1];
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
        }
        api.post(mint(org) + "/monetization-packages/" + packageId + "/rate-plans", plan.toString())
                .expectStatus(201);
    }

    /**
     * Registers a developer that can accept plans: a legal name and an address, the billing type given
     * and the fixture's category, tax and type attributes; {@code attributes} (name, value pairs) add to
     * or replace these.
     */
    protected String newDeveloper(String org, String billingType, String... attributes) {
        String email = "dev-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        List<String> defaults = List.of("MINT_DEVELOPER_LEGAL_NAME", "Legal " + email,
                "MINT_DEVELOPER_ADDRESS", ADDRESS, "MINT_BILLING_TYPE", billingType, "MINT_APPROX_TAX_RATE",
                "123.4567", "MINT_IS_BROKER", "false", "MINT_DEVELOPER_CATEGORY", CATEGORY, "MINT_DEVELOPER_TYPE",
                "UNTRUSTED", "MINT_TAX_EXEMPT_AUTH_NO", "taxExemptAuthNo");
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < defaults.size(); i += 2) {
            values.put(defaults.get(i), defaults.get(i + 1));
        }
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            values.put(attributes[i], attributes[i + 1]);
        }
        List<String> all = new ArrayList<>();
        values.forEach((name, value) -> all.addAll(List.of(name, value)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("firstName", "Dev");
        body.put("lastName", "Eloper");
        body.put("userName", email.substring(0, email.indexOf('@')));
        body.put("attributes", attributes(all));
        api.post("/v1/organizations/" + org + "/developers", JSON.writeValueAsString(body)).expectStatus(201);
        return email;
    }

    /** Registers a developer with exactly these attributes (name, value pairs). */
    protected String newBareDeveloper(String org, String... attributes) {
        String email = "bare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("firstName", "Dev");
        body.put("lastName", "Eloper");
        body.put("userName", email.substring(0, email.indexOf('@')));
        body.put("attributes", attributes(List.of(attributes)));
        api.post("/v1/organizations/" + org + "/developers", JSON.writeValueAsString(body)).expectStatus(201);
        return email;
    }

    /** Registers a company with the fixture's attributes but no legal name or address. */
    protected String newCompany(String org, String billingType) {
        String name = "company-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("displayName", name);
        body.put("attributes", attributes(List.of("MINT_BILLING_TYPE", billingType, "MINT_APPROX_TAX_RATE",
                "123.4567", "MINT_IS_BROKER", "false", "MINT_DEVELOPER_CATEGORY", CATEGORY, "MINT_DEVELOPER_TYPE",
                "UNTRUSTED", "MINT_TAX_EXEMPT_AUTH_NO", "taxExemptAuthNo")));
        api.post("/v1/organizations/" + org + "/companies", JSON.writeValueAsString(body)).expectStatus(201);
        return name;
    }

    private static List<Map<String, String>> attributes(List<String> nameValues) {
        List<Map<String, String>> attributes = new ArrayList<>();
        for (int i = 0; i + 1 < nameValues.size(); i += 2) {
            attributes.add(Map.of("name", nameValues.get(i), "value", nameValues.get(i + 1)));
        }
        return attributes;
    }

    /** Adds money to a prepaid balance in USD. */
    protected void reload(String org, String kind, String id, String amount) {
        api.post(account(org, kind, id) + "/developer-balances",
                "{\"amount\": " + amount + ", \"supportedCurrency\": {\"id\": \"usd\"}}").expectStatus(200);
    }

    /** The USD balance ({@code amount}, {@code usage}) of an account, or null without one. */
    protected JsonNode usdBalance(String org, String kind, String id) {
        JsonNode balances = api.get(account(org, kind, id) + "/developer-balances").expectStatus(200).json()
                .get("developerBalance");
        return balances.isEmpty() ? null : balances.get(0);
    }

    /** An acceptance body as Apigee's PHP client sends it; {@code endDate} null leaves it out. */
    static String acceptance(String developer, String ratePlan, String startDate, String endDate,
            String... more) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("developer").put("id", developer);
        body.putObject("ratePlan").put("id", ratePlan);
        body.put("startDate", startDate);
        if (endDate != null) {
            body.put("endDate", endDate);
        }
        for (int i = 0; i + 1 < more.length; i += 2) {
            body.put(more[i], more[i + 1]);
        }
        return body.toString();
    }

    /** Accepts a plan and returns the accepted plan. */
    protected JsonNode accept(String org, String kind, String id, String body) {
        return api.post(ratePlans(org, kind, id), body).expectStatus(201).json();
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
     * A copy fit for a shape comparison: embedded organizations without the optional fields the fixtures
     * show only now and then, and developer categories reduced to their id (the only field produced).
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
            if (object.get("developerCategory") instanceof ObjectNode category) {
                category.remove(List.of("description", "name"));
            }
            object.properties().forEach(field -> strip(field.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(SubscriptionIntegrationTest::strip);
        }
    }

    /** The amount in the last {@code [...]} of an error message. */
    static BigDecimal bracketedAmount(Api.Response response) {
        String message = response.json().get("message").asString();
        return new BigDecimal(message.substring(message.lastIndexOf('[') + 1, message.lastIndexOf(']')));
    }
}
