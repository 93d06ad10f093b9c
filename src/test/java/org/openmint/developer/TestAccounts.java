package org.openmint.developer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openmint.Api;
import org.openmint.Fixtures;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Request bodies and set-up calls shared by the developer tests. */
final class TestAccounts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The address of the mint fixtures, as a {@code MINT_DEVELOPER_ADDRESS} value. */
    static final String ADDRESS = """
            {"address1":"address1","city":"city1","country":"country1","id":"id1","isPrimary":true,\
            "state":"state1","zip":"zip1"}""";

    private TestAccounts() {
    }

    static String developers(String org) {
        return "/v1/organizations/" + org + "/developers";
    }

    static String companies(String org) {
        return "/v1/organizations/" + org + "/companies";
    }

    static String mint(String org) {
        return "/v1/mint/organizations/" + org;
    }

    /** A new organization that supports the given billing type (PREPAID, POSTPAID or BOTH). */
    static String newOrganization(Api api, String supportedBillingType) {
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        api.put(mint(org), """
                {"name": "Test organization", "timezone": "UTC", "supportedBillingType": "%s"}"""
                .formatted(supportedBillingType)).expectStatus(201);
        return org;
    }

    /**
     * A new organization whose profile has every field the organization embedded in the mint developer
     * fixtures has, and no other.
     */
    static String newFixtureOrganization(Api api) {
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode profile = (ObjectNode) Fixtures
                .load("mint/organizations/phpunit/developers/phpunit@example.com/GET.json")
                .get("organization");
        profile.put("id", org);
        api.put(mint(org), profile.toString()).expectStatus(201);
        return org;
    }

    /** A developer body with the given attributes, as name, value pairs. */
    static String developerBody(String email, String... attributes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("firstName", "Php");
        body.put("lastName", "Unit");
        body.put("userName", "phpunit");
        body.put("attributes", attributes(attributes));
        return JSON.writeValueAsString(body);
    }

    /** A company body with the given attributes, as name, value pairs. */
    static String companyBody(String name, String... attributes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("displayName", "A PHPUnit company");
        body.put("attributes", attributes(attributes));
        return JSON.writeValueAsString(body);
    }

    static List<Map<String, String>> attributes(String... nameValues) {
        List<Map<String, String>> attributes = new ArrayList<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            Map<String, String> attribute = new LinkedHashMap<>();
            attribute.put("name", nameValues[i]);
            attribute.put("value", nameValues[i + 1]);
            attributes.add(attribute);
        }
        return attributes;
    }

    /** Registers a developer and returns its id. */
    static String newDeveloper(Api api, String org, String email, String... attributes) {
        return api.post(developers(org), developerBody(email, attributes)).expectStatus(201).json()
                .get("developerId").asString();
    }

    /** Registers a company. */
    static void newCompany(Api api, String org, String name, String... attributes) {
        api.post(companies(org), companyBody(name, attributes)).expectStatus(201);
    }
}
