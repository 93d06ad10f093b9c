package org.openmint.catalog;

import java.util.Map;

import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.RatePlanBody;
import tools.jackson.databind.node.ObjectNode;

import static org.openmint.scenario.Scenario.mint;

/** Paths and rate plan bodies of the catalog's tests, which make their data with {@link #scenario}. */
abstract class CatalogTestSupport extends IntegrationTestSupport {

    static String packages(String org) {
        return mint(org) + "/monetization-packages";
    }

    static String plans(String org, String packageId) {
        return packages(org) + "/" + packageId + "/rate-plans";
    }

    /** A plan body: the fixture's standard plan with this organization, id and changes. */
    static ObjectNode standardPlan(String org, String id, Map<String, Object> changes) {
        return RatePlanBody.standard(id).with(changes).json(org);
    }
}
