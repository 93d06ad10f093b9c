package org.openmint.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Edge custom attributes, {@code [{"name": ..., "value": ...}]}, in the order given. */
final class Attributes {

    /**
     * The mint attributes of the fixtures' developer and company besides billing type, legal name and
     * address: tax rate, broker, category, type and tax exemption.
     */
    static final List<String> FIXTURE_PROFILE = List.of("MINT_APPROX_TAX_RATE", "123.4567", "MINT_IS_BROKER",
            "false", "MINT_DEVELOPER_CATEGORY", DeveloperBody.CATEGORY, "MINT_DEVELOPER_TYPE", "UNTRUSTED",
            "MINT_TAX_EXEMPT_AUTH_NO", "taxExemptAuthNo");

    private final List<Map<String, String>> list = new ArrayList<>();

    /** Sets an attribute: replaces the value of the first one of this name, else adds it at the end. */
    void put(String name, String value) {
        for (Map<String, String> attribute : list) {
            if (attribute.get("name").equals(name)) {
                attribute.put("value", value);
                return;
            }
        }
        add(name, value);
    }

    /** Sets name, value pairs one by one as {@link #put} does. */
    void putAll(List<String> nameValues) {
        for (int i = 0; i + 1 < nameValues.size(); i += 2) {
            put(nameValues.get(i), nameValues.get(i + 1));
        }
    }

    /** Adds name, value pairs at the end as given, a name twice included (requests that must be refused). */
    void addAll(String... nameValues) {
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            add(nameValues[i], nameValues[i + 1]);
        }
    }

    private void add(String name, String value) {
        Map<String, String> attribute = new LinkedHashMap<>();
        attribute.put("name", name);
        attribute.put("value", value);
        list.add(attribute);
    }

    /** The attributes as the API takes them, ready for JSON. */
    List<Map<String, String>> toList() {
        return list;
    }
}
