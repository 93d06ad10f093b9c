package org.openmint.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openmint.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Paths, request bodies and set-up calls shared by the app tests. */
final class TestApps {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The attributes Apigee's PHP client sends in its app fixtures. */
    static final String[] FIXTURE_ATTRIBUTES = {"DisplayName", "PHP Unit: Test app",
            "Notes", "This is a test app created by PHP Unit.", "foo", "bar"};

    private TestApps() {
    }

    static String developerApps(String org, String developer) {
        return "/v1/organizations/" + org + "/developers/" + developer + "/apps";
    }

    static String companyApps(String org, String company) {
        return "/v1/organizations/" + org + "/companies/" + company + "/apps";
    }

    static String appById(String org, String appId) {
        return "/v1/organizations/" + org + "/apps/" + appId;
    }

    static String products(String org) {
        return "/v1/organizations/" + org + "/apiproducts";
    }

    /** Adds an API product; {@code approvalType} auto or manual. */
    static void newProduct(Api api, String org, String name, String approvalType) {
        api.post(products(org), """
                {"name": "%s", "displayName": "%s", "approvalType": "%s",
                 "attributes": [{"name": "foo", "value": "bar"}]}"""
                .formatted(name, name.toUpperCase(), approvalType)).expectStatus(201);
    }

    /** An app body with a callback URL, the given products and attributes as name, value pairs. */
    static String appBody(String name, List<String> apiProducts, String... attributes) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (name != null) {
            body.put("name", name);
        }
        body.put("apiProducts", apiProducts);
        body.put("attributes", attributes(attributes));
        body.put("callbackUrl", "http://example.com");
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

    /** Creates an app under {@code appsPath} and returns it. */
    static JsonNode newApp(Api api, String appsPath, String name, List<String> apiProducts, String... attributes) {
        return api.post(appsPath, appBody(name, apiProducts, attributes)).expectStatus(201).json();
    }

    /** The text items of a JSON array, or one field of each item. */
    static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(field == null ? item.asString() : item.get(field).asString()));
        return texts;
    }
}
