package org.openmint.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.openmint.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of a rate plan: the fixtures' standard plan (a UNIT rate card at 1234.5, setup fee 5432.1,
 * recurring fee 1234.5, started 2018-08-01) with its id, its package and the changes made here, which
 * apply in the order made.
 */
public final class RatePlanBody {

    /** The standard plan of Apigee's PHP client fixtures. */
    public static final String STANDARD_PLAN = "mint/organizations/phpunit/monetization-packages/phpunit/rate-plans/standard/GET.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String id;
    private String packageId = "phpunit";
    private final List<Consumer<ObjectNode>> changes = new ArrayList<>();

    private RatePlanBody(String id) {
        this.id = id;
    }

    /** The fixtures' standard plan with this id and name in package {@code phpunit}, a draft. */
    public static RatePlanBody standard(String id) {
        return new RatePlanBody(id);
    }

    /** A plan that can be accepted now: the standard plan, displayed as "Plan {id}", published, without fees. */
    public static RatePlanBody published(String id) {
        return standard(id).with("displayName", "Plan " + id).with("published", true).with("setUpFee", 0)
                .with("recurringFee", 0);
    }

    /** The package the plan is created in. */
    public RatePlanBody in(String packageId) {
        this.packageId = packageId;
        return this;
    }

    public RatePlanBody setUpFee(String amount) {
        return with("setUpFee", new BigDecimal(amount));
    }

    public RatePlanBody recurringFee(String amount) {
        return with("recurringFee", new BigDecimal(amount));
    }

    /** Prices every unit of {@code ratingParameter} (VOLUME, or a custom attribute) at {@code rate}. */
    public RatePlanBody flatRate(String ratingParameter, String rate) {
        ArrayNode details = rateCard("UNIT", 0, null, rate);
        ((ObjectNode) details.get(0)).put("ratingParameter", ratingParameter);
        return with("ratePlanDetails", details);
    }

    /** A DEVELOPER plan, offered to this developer only. */
    public RatePlanBody forDeveloper(String developer) {
        return with("type", "DEVELOPER").with("developer", NODES.objectNode().put("id", developer));
    }

    /** A DEVELOPER_CATEGORY plan, offered to the developers of this category only. */
    public RatePlanBody forCategory(String category) {
        return with("type", "DEVELOPER_CATEGORY").with("developerCategory", NODES.objectNode().put("id", category));
    }

    /**
     * Sets a field: a JSON node as it is, a boolean, a number as a decimal, anything else as its text;
     * null removes the field.
     */
    public RatePlanBody with(String field, Object value) {
        changes.add(plan -> set(plan, field, value));
        return this;
    }

    /** Sets each of these fields as {@link #with(String, Object)} does. */
    public RatePlanBody with(Map<String, Object> fields) {
        fields.forEach(this::with);
        return this;
    }

    public String packageId() {
        return packageId;
    }

    /** The body for a plan of this organization. */
    public ObjectNode json(String org) {
        ObjectNode plan = (ObjectNode) Fixtures.load(STANDARD_PLAN);
        referToOrganization(plan, org);
        plan.set("monetizationPackage", plan.objectNode().put("id", packageId));
        plan.put("id", id);
        plan.put("name", id);
        changes.forEach(change -> change.accept(plan));
        return plan;
    }

    private static void set(ObjectNode plan, String field, Object value) {
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

    /**
     * The details of a plan: one rate card detail of the fixtures' plan with this metering type and these
     * bands, each a start unit, an end unit or null, and a rate.
     */
    public static ArrayNode rateCard(String meteringType, Object... bands) {
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

    /** Replaces every embedded organization by {@code {"id": org}}, as a client sends references. */
    public static void referToOrganization(JsonNode node, String org) {
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
}
