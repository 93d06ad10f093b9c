package org.openmint.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body that creates a developer's or company's app: a callback URL, the products and attributes set here. */
public final class AppBody {

    private final String name;
    private List<String> apiProducts = List.of();
    private final Attributes attributes = new Attributes();

    private AppBody(String name) {
        this.name = name;
    }

    /** An app of this name; null leaves the name out (a request that must be refused). */
    public static AppBody named(String name) {
        return new AppBody(name);
    }

    public AppBody products(String... apiProducts) {
        this.apiProducts = List.of(apiProducts);
        return this;
    }

    /** The attributes Apigee's PHP client sends in its app fixtures (display name, notes and foo). */
    public AppBody fixtureAttributes() {
        return attributes("DisplayName", "PHP Unit: Test app", "Notes", "This is a test app created by PHP Unit.",
                "foo", "bar");
    }

    /** Adds attributes as name, value pairs, exactly as given (the same name twice included). */
    public AppBody attributes(String... nameValues) {
        attributes.addAll(nameValues);
        return this;
    }

    public String json() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (name != null) {
            body.put("name", name);
        }
        body.put("apiProducts", apiProducts);
        body.put("attributes", attributes.toList());
        body.put("callbackUrl", "http://example.com");
        return Json.write(body);
    }
}
