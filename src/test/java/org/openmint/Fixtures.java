package org.openmint;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The response bodies of Apigee's official PHP client ({@code src/test/resources/fixtures/apigee-edge},
 * copied from {@code shared/fixtures}) and a comparison of JSON shapes: same field names, same JSON types.
 */
public final class Fixtures {

    /**
     * The flags of an organization profile that the service always shows ({@code false} unless set), as
     * Apigee's full payloads do, and that the minimal fixtures ({@code phpunit-minimal}) leave out.
     */
    public static final Set<String> PROFILE_FLAGS = Set.of("approveTrusted", "approveUntrusted",
            "hasBillingAdjustment", "hasBroker", "hasSelfBilling", "hasSeparateInvoiceForProduct", "issueNettingStmt",
            "nettingStmtPerCurrency", "selfBillingAsExchOrg");

    private Fixtures() {
    }

    /** A fixture by its path below {@code fixtures/apigee-edge/}. */
    public static JsonNode load(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/apigee-edge/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return Api.JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asserts that {@code actual} has every field of {@code fixture} with the same JSON type, and no
     * field the fixture lacks, recursively; {@code optional} names fields that one side may have and
     * the other not (left out when unset).
     */
    public static void assertSameShape(JsonNode fixture, JsonNode actual, Set<String> optional) {
        List<String> problems = new ArrayList<>();
        compare("$", fixture, actual, optional, problems);
        if (!problems.isEmpty()) {
            fail("Shape differs from the fixture:\n" + String.join("\n", problems) + "\nactual: " + actual);
        }
    }

    private static void compare(String path, JsonNode fixture, JsonNode actual, Set<String> optional,
            List<String> problems) {
        if (!type(fixture).equals(type(actual))) {
            problems.add(path + ": fixture has " + type(fixture) + ", actual has " + type(actual));
            return;
        }
        if (fixture.isObject()) {
            for (Iterator<String> names = fixture.propertyNames().iterator(); names.hasNext();) {
                String name = names.next();
                if (!actual.has(name)) {
                    if (!optional.contains(name)) {
                        problems.add(path + "." + name + ": missing");
                    }
                    continue;
                }
                if (fixture.get(name).isNull() || actual.get(name).isNull()) {
                    continue;
                }
                compare(path + "." + name, fixture.get(name), actual.get(name), optional, problems);
            }
            for (Iterator<String> names = actual.propertyNames().iterator(); names.hasNext();) {
                String name = names.next();
                if (!fixture.has(name) && !optional.contains(name)) {
                    problems.add(path + "." + name + ": not in the fixture");
                }
            }
        } else if (fixture.isArray() && !fixture.isEmpty() && !actual.isEmpty()) {
            compare(path + "[0]", fixture.get(0), actual.get(0), optional, problems);
        }
    }

    private static String type(JsonNode node) {
        if (node.isNumber()) {
            return "number";
        }
        return node.getNodeType().name().toLowerCase();
    }

    /**
     * A copy fit for a shape comparison: embedded organizations without the optional fields that the
     * fixtures show only now and then ({@code address}, {@code taxNexus}, {@code taxRegNo},
     * {@code transactionRelayURL}); the organization's own tests check its shape.
     */
    public static JsonNode comparable(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy, false);
        return copy;
    }

    /**
     * A copy as {@link #comparable} makes it whose developer categories are also reduced to their id (the
     * only field the service produces).
     */
    public static JsonNode comparableWithCategoryIds(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy, true);
        return copy;
    }

    private static void strip(JsonNode node, boolean categoryIds) {
        if (node instanceof ObjectNode object) {
            if (object.get("organization") instanceof ObjectNode organization) {
                organization.remove(List.of("address", "taxNexus", "taxRegNo", "transactionRelayURL"));
            }
            if (categoryIds && object.get("developerCategory") instanceof ObjectNode category) {
                category.remove(List.of("description", "name"));
            }
            object.properties().forEach(field -> strip(field.getValue(), categoryIds));
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> strip(item, categoryIds));
        }
    }

    /** The text items of a JSON array, or one field of each item ({@code field} not null). */
    public static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(field == null ? item.asString() : item.get(field).asString()));
        return texts;
    }

    /** Asserts that a money field is a JSON number equal to the expected amount. */
    public static void assertMoney(JsonNode node, String expected) {
        assertThat(node.isNumber()).as("%s is a JSON number", node).isTrue();
        assertThat(node.decimalValue()).isEqualByComparingTo(expected);
    }
}
