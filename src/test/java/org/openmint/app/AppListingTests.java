package org.openmint.app;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.AppBody;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.appById;
import static org.openmint.scenario.Scenario.developerApps;
import static org.openmint.scenario.Scenario.edge;

class AppListingTests extends IntegrationTestSupport {

    @Test
    void shouldListEveryAppOfTheOrganizationByIdOrExpandedAsEdgeDoes() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        world.company(CompanyBody.named("acme"));
        List<String> ids = new ArrayList<>();
        ids.add(world.developerApp(email, AppBody.named("one")).get("appId").asString());
        ids.add(world.developerApp(email, AppBody.named("two")).get("appId").asString());
        ids.add(world.companyApp("acme", AppBody.named("three")).get("appId").asString());
        ids.sort(String::compareTo);
        api.send("POST", developerApps(org, email) + "/two?action=revoke", "", "application/octet-stream")
                .expectStatus(204);

        JsonNode all = api.get(edge(org) + "/apps").expectStatus(200).json();
        JsonNode expanded = api.get(edge(org) + "/apps?expand=true&includeCred=true").expectStatus(200).json();
        JsonNode page = api.get(edge(org) + "/apps?startKey=" + ids.get(1) + "&rows=1").expectStatus(200).json();
        JsonNode revoked = api.get(edge(org) + "/apps?status=revoked&expand=true").expectStatus(200).json();

        assertThat(all.valueStream().map(JsonNode::asString).toList()).isEqualTo(ids);
        assertThat(expanded.get("app")).hasSize(3);
        for (JsonNode app : expanded.get("app")) {
            assertThat(app).isEqualTo(api.get(appById(org, app.get("appId").asString())).expectStatus(200).json());
        }
        assertThat(page.valueStream().map(JsonNode::asString).toList()).containsExactly(ids.get(1));
        assertThat(revoked.get("app")).hasSize(1);
        assertThat(revoked.get("app").get(0).get("name").asString()).isEqualTo("two");
        api.get(edge(org) + "/apps?count=0").expectError(400, "mint.invalidRequest");
        api.get(edge("no-such-org") + "/apps").expectError(404, "mint.resourceDoesNotExist");
    }
}
