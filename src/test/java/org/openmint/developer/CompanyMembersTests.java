package org.openmint.developer;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.Scenario;
import org.openmint.scenario.UserBody;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.companies;
import static org.openmint.scenario.Scenario.developers;

class CompanyMembersTests extends IntegrationTestSupport {

    private static final String FIXTURES = "organizations/phpunit/companies/phpunit/developers/";

    @Test
    void shouldAddListChangeAndRemoveMembersAsEdgeDoes() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.company(CompanyBody.named("acme"));
        world.developer(DeveloperBody.withEmail("b@example.com"));
        world.developer(DeveloperBody.withEmail("a@example.com"));
        String members = companies(org) + "/ACME/developers";

        JsonNode empty = api.get(members).expectStatus(200).json();
        JsonNode added = api.post(members, """
                {"developer": [{"email": "B@example.com", "role": "simple member"}, {"email": "a@example.com"}]}""")
                .expectStatus(200).json();
        api.post(members, "{\"developer\": [{\"email\": \"a@example.com\", \"role\": \"admin\"}]}").expectStatus(200);
        JsonNode listed = api.get(members).expectStatus(200).json();
        JsonNode left = api.delete(members + "/b%40example.com").expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET.json"), empty, Set.of());
        assertThat(empty.get("developer")).isEmpty();
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "POST.json"), added, Set.of("role"));
        assertThat(added.get("developer").get(0).get("email").asString()).isEqualTo("b@example.com");
        assertThat(added.get("developer").get(0).get("role").asString()).isEqualTo("simple member");
        assertThat(listed.get("developer").findValuesAsString("email")).containsExactly("a@example.com",
                "b@example.com");
        assertThat(listed.get("developer").get(0).get("role").asString()).isEqualTo("admin");
        assertThat(left.get("developer").findValuesAsString("email")).containsExactly("a@example.com");
        assertThat(api.get(members).json()).isEqualTo(left);

        api.delete(developers(org) + "/a@example.com").expectStatus(200);
        assertThat(api.get(members).json().get("developer")).isEmpty();
    }

    @Test
    void shouldRefuseUnknownAccountsBadBodiesAndReadOnlyUsers() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.company(CompanyBody.named("acme"));
        world.developer(DeveloperBody.withEmail("a@example.com"));
        String members = companies(org) + "/acme/developers";

        api.get(companies(org) + "/nope/developers").expectError(404, "mint.resourceDoesNotExist");
        api.post(members, "{\"developer\": [{\"email\": \"nobody@example.com\"}]}")
                .expectError(404, "mint.resourceDoesNotExist");
        api.post(members, "{}").expectError(400, "mint.invalidRequest");
        api.post(members, "{\"developer\": [{\"role\": \"admin\"}]}").expectError(400, "mint.invalidRequest");
        api.delete(members + "/a@example.com").expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(members).json().get("developer")).isEmpty();

        Api readOnly = api.as(world.user(Map.of(org, "readonly")), UserBody.PASSWORD);
        readOnly.get(members).expectStatus(200);
        readOnly.post(members, "{\"developer\": [{\"email\": \"a@example.com\"}]}").expectError(403, "mint.forbidden");
        assertThat(api.get(members).json().get("developer")).isEmpty();
    }
}
