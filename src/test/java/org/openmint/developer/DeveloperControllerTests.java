package org.openmint.developer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.AppBody;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.developers;

class DeveloperControllerTests extends IntegrationTestSupport {

    private static final String FIXTURES = "organizations/phpunit/developers/";

    @Test
    void shouldCreateDeveloperShapedLikeTheFixtureWhenPosted() {
        String org = scenario.organization().org();
        long before = System.currentTimeMillis();

        JsonNode created = api.post(developers(org), """
                {"email": "phpunit@example.com", "firstName": "Php", "lastName": "Unit", "userName": "phpunit",
                 "attributes": [{"name": "foo", "value": "bar"}]}""").expectStatus(201).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "POST.json"), created, Set.of());
        assertThat(UUID.fromString(created.get("developerId").asString())).isNotNull();
        assertThat(created.get("email").asString()).isEqualTo("phpunit@example.com");
        assertThat(created.get("firstName").asString()).isEqualTo("Php");
        assertThat(created.get("lastName").asString()).isEqualTo("Unit");
        assertThat(created.get("userName").asString()).isEqualTo("phpunit");
        assertThat(created.get("organizationName").asString()).isEqualTo(org);
        assertThat(created.get("status").asString()).isEqualTo("active");
        assertThat(created.get("apps").isArray()).isTrue();
        assertThat(created.get("companies").isArray()).isTrue();
        assertThat(created.get("attributes").toString()).isEqualTo("[{\"name\":\"foo\",\"value\":\"bar\"}]");
        assertThat(created.get("createdAt").isIntegralNumber()).isTrue();
        assertThat(created.get("createdAt").asLong()).isBetween(before - 1000, System.currentTimeMillis() + 1000);
        assertThat(created.get("lastModifiedAt").asLong()).isEqualTo(created.get("createdAt").asLong());
        assertThat(created.get("createdBy").asString()).isEqualTo(ADMIN);
        assertThat(created.get("lastModifiedBy").asString()).isEqualTo(ADMIN);
    }

    @Test
    void shouldGetDeveloperWhenAddressedByEmailInAnyCaseEncodedOrById() {
        Scenario world = scenario.organization();
        String org = world.org();
        String id = world.developerId(DeveloperBody.withEmail("PHPUnit@Example.com").attributes("foo", "bar"));

        JsonNode byEmail = api.get(developers(org) + "/phpunit@example.com").expectStatus(200).json();
        JsonNode byEncodedEmail = api.get(developers(org) + "/PHPUNIT%40EXAMPLE.COM").expectStatus(200).json();
        JsonNode byId = api.get(developers(org) + "/" + id).expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit@example.com/GET.json"), byEmail, Set.of());
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "f43ffa3c-e147-47de-8cd6-f5b34429a531/GET.json"), byId,
                Set.of());
        assertThat(byEmail.get("email").asString()).isEqualTo("PHPUnit@Example.com");
        assertThat(byEmail.get("developerId").asString()).isEqualTo(id);
        assertThat(byEncodedEmail).isEqualTo(byEmail);
        assertThat(byId).isEqualTo(byEmail);
    }

    @Test
    void shouldReplaceProfileAndAttributesWhenPut() {
        Scenario world = scenario.organization();
        String org = world.org();
        String id = world
                .developerId(DeveloperBody.withEmail("phpunit@example.com").attributes("foo", "bar", "gone", "soon"));
        ObjectNode body = (ObjectNode) Fixtures.load(FIXTURES + "phpunit@example.com/PUT.json");
        body.put("organizationName", "elsewhere");
        body.put("developerId", UUID.randomUUID().toString());

        JsonNode updated = api.put(developers(org) + "/phpunit%40example.com", body.toString()).expectStatus(200)
                .json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit@example.com/PUT.json"), updated, Set.of());
        assertThat(updated.get("email").asString()).isEqualTo("phpunit-edited@example.com");
        assertThat(updated.get("developerId").asString()).isEqualTo(id);
        assertThat(updated.get("organizationName").asString()).isEqualTo(org);
        assertThat(updated.get("attributes")).isEqualTo(body.get("attributes"));
        assertThat(updated.get("lastModifiedAt").asLong()).isGreaterThanOrEqualTo(updated.get("createdAt").asLong());
        assertThat(api.get(developers(org) + "/" + id).json()).isEqualTo(updated);
        api.get(developers(org) + "/phpunit@example.com").expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldKeepAttributesWhenPutWithoutThem() {
        Scenario world = scenario.organization();
        String org = world.org();
        String id = world.developerId(DeveloperBody.withEmail("dev@example.com").attributes("foo", "bar"));

        JsonNode updated = api.put(developers(org) + "/" + id, """
                {"email": "dev@example.com", "firstName": "New", "lastName": "Name", "userName": "newname"}""")
                .expectStatus(200).json();

        assertThat(updated.get("firstName").asString()).isEqualTo("New");
        assertThat(updated.get("userName").asString()).isEqualTo("newname");
        assertThat(updated.get("attributes").toString()).isEqualTo("[{\"name\":\"foo\",\"value\":\"bar\"}]");
        JsonNode cleared = api.put(developers(org) + "/" + id, DeveloperBody.withEmail("dev@example.com").json())
                .expectStatus(200)
                .json();
        assertThat(cleared.get("attributes")).isEmpty();
    }

    @Test
    void shouldListEmailsOrExpandedDevelopersFromStartKeyWhenAsked() {
        Scenario world = scenario.organization();
        String org = world.org();
        for (String email : List.of("c@example.com", "A@example.com", "e@example.com", "b@example.com",
                "d@example.com")) {
            world.developer(DeveloperBody.withEmail(email).attributes("foo", "bar"));
        }
        world.company(CompanyBody.named("acme"));

        JsonNode emails = api.get(developers(org)).expectStatus(200).json();
        JsonNode notExpanded = api.get(developers(org) + "?expand=false&startKey=c%40example.com").expectStatus(200)
                .json();
        JsonNode counted = api.get(developers(org) + "?expand=false&count=2&startKey=B@example.com").expectStatus(200)
                .json();
        JsonNode expanded = api.get(developers(org) + "?expand=true").expectStatus(200).json();
        JsonNode expandedPage = api.get(developers(org) + "?expand=true&count=2&startKey=d@example.com")
                .expectStatus(200).json();

        assertThat(Fixtures.texts(emails, null)).containsExactly("A@example.com", "b@example.com", "c@example.com",
                "d@example.com",
                "e@example.com");
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_expand=false.json"), emails, Set.of());
        assertThat(Fixtures.texts(notExpanded, null)).containsExactly("c@example.com", "d@example.com",
                "e@example.com");
        assertThat(Fixtures.texts(counted, null)).containsExactly("b@example.com", "c@example.com");
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_expand=true.json"), expanded, Set.of());
        assertThat(expanded.get("developer")).hasSize(5);
        assertThat(expanded.get("developer").get(0)).isEqualTo(api.get(developers(org) + "/a@example.com").json());
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_count=2-expand=true-startKey=3phpunitexamplecom.json"),
                expandedPage, Set.of());
        assertThat(expandedPage.get("developer").findValuesAsString("email"))
                .containsExactly("d@example.com", "e@example.com");
        assertThat(api.get(developers(scenario.organization().org())).body()).isEqualTo("[]");
    }

    @Test
    void shouldFindTheDeveloperOfAnAppByItsNameAsEdgeDoes() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.developer(DeveloperBody.withEmail("owner@example.com"));
        world.developer(DeveloperBody.withEmail("other@example.com"));
        world.company(CompanyBody.named("acme"));
        world.developerApp("owner@example.com", AppBody.named("weather-app"));
        world.developerApp("other@example.com", AppBody.named("news-app"));
        world.companyApp("acme", AppBody.named("company-app"));

        JsonNode found = api.get(developers(org) + "?app=WEATHER-APP").expectStatus(200).json();
        JsonNode none = api.get(developers(org) + "?app=no-such-app").expectStatus(200).json();
        JsonNode companyOnly = api.get(developers(org) + "?app=company-app").expectStatus(200).json();

        assertThat(found.get("developer")).hasSize(1);
        assertThat(found.get("developer").get(0)).isEqualTo(api.get(developers(org) + "/owner@example.com").json());
        assertThat(none.get("developer")).isEmpty();
        assertThat(companyOnly.get("developer")).isEmpty();
        api.get(developers("no-such-org") + "?app=weather-app").expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldRefuseBadListParameters() {
        String org = scenario.organization().org();

        api.get(developers(org) + "?count=0").expectError(400, "mint.invalidRequest");
        api.get(developers(org) + "?count=1001").expectError(400, "mint.invalidRequest");
        api.get(developers(org) + "?count=many").expectError(400, "mint.invalidRequest");
        api.get(developers(org) + "?expand=maybe").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldRefuseMissingOrInvalidFields() {
        Scenario world = scenario.organization();
        String org = world.org();
        String valid = DeveloperBody.withEmail("dev@example.com").json();

        assertInvalid(api.post(developers(org), valid.replace("\"email\":\"dev@example.com\",", "")), "email");
        assertInvalid(api.post(developers(org), valid.replace("\"firstName\":\"Php\",", "")), "firstName");
        assertInvalid(api.post(developers(org), valid.replace("\"lastName\":\"Unit\",", "")), "lastName");
        assertInvalid(api.post(developers(org), valid.replace("\"userName\":\"phpunit\",", "")), "userName");
        assertInvalid(api.post(developers(org), valid.replace("\"firstName\":\"Php\"", "\"firstName\":\" \"")),
                "firstName");
        for (String email : List.of("not-an-email", "two@@example.com", "a b@example.com", "dev@example",
                "a/b@example.com")) {
            assertInvalid(api.post(developers(org), DeveloperBody.withEmail(email).json()), "email");
        }
        assertInvalid(
                api.post(developers(org),
                        DeveloperBody.withEmail("dev@example.com").attributes("MINT_BILLING_TYPE", "WEEKLY").json()),
                "MINT_BILLING_TYPE");
        assertInvalid(
                api.post(developers(org),
                        DeveloperBody.withEmail("dev@example.com").attributes("MINT_DEVELOPER_TYPE", "FRIENDLY")
                                .json()),
                "MINT_DEVELOPER_TYPE");
        assertInvalid(
                api.post(developers(org),
                        DeveloperBody.withEmail("dev@example.com").attributes("MINT_DEVELOPER_ADDRESS", "{oops")
                                .json()),
                "MINT_DEVELOPER_ADDRESS");
        assertInvalid(
                api.post(developers(org),
                        DeveloperBody.withEmail("dev@example.com").attributes("MINT_DEVELOPER_ADDRESS", "\"street\"")
                                .json()),
                "MINT_DEVELOPER_ADDRESS");
        assertInvalid(
                api.post(developers(org),
                        DeveloperBody.withEmail("dev@example.com").attributes("MINT_APPROX_TAX_RATE", "high").json()),
                "MINT_APPROX_TAX_RATE");
        assertInvalid(
                api.post(developers(org),
                        DeveloperBody.withEmail("dev@example.com").attributes("MINT_IS_BROKER", "sometimes").json()),
                "MINT_IS_BROKER");
        assertInvalid(api.post(developers(org),
                DeveloperBody.withEmail("dev@example.com").attributes("foo", "1", "foo", "2").json()), "foo");
        assertInvalid(api.post(developers(org), DeveloperBody.withEmail("dev@example.com").attributes(" ", "1").json()),
                "attributes");
        api.post(developers(org), "{\"email\": ").expectError(400, "mint.invalidRequest");
        api.post(developers(org), "").expectError(400, "mint.invalidRequest");
        api.post(developers(org), "[]").expectError(400, "mint.invalidRequest");

        String id = world.developerId(DeveloperBody.withEmail("dev@example.com"));
        assertInvalid(api.put(developers(org) + "/" + id, valid.replace("\"lastName\":\"Unit\",", "")), "lastName");
        assertInvalid(
                api.put(developers(org) + "/" + id,
                        DeveloperBody.withEmail("dev@example.com").attributes("MINT_BILLING_TYPE", "BOTH").json()),
                "MINT_BILLING_TYPE");
        assertThat(api.get(developers(org)).json()).hasSize(1);
    }

    @Test
    void shouldRefuseBillingTypeTheOrganizationDoesNotSupport() {
        String org = scenario.organization(profile -> profile.put("supportedBillingType", "PREPAID")).org();

        assertInvalid(
                api.post(developers(org),
                        DeveloperBody.withEmail("dev@example.com").attributes("MINT_BILLING_TYPE", "POSTPAID").json()),
                "MINT_BILLING_TYPE");
        api.post(developers(org),
                DeveloperBody.withEmail("dev@example.com").attributes("MINT_BILLING_TYPE", "prepaid").json())
                .expectStatus(201);
    }

    @Test
    void shouldRefuseDuplicateEmailInAnyCase() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.developer(DeveloperBody.withEmail("dev@example.com"));
        String other = world.developerId(DeveloperBody.withEmail("other@example.com"));

        api.post(developers(org), DeveloperBody.withEmail("DEV@example.COM").json()).expectError(409,
                "mint.duplicateEntity");
        api.put(developers(org) + "/" + other, DeveloperBody.withEmail("Dev@Example.com").json()).expectError(409,
                "mint.duplicateEntity");

        api.put(developers(org) + "/" + other, DeveloperBody.withEmail("OTHER@example.com").json()).expectStatus(200);
        scenario.organization().developer(DeveloperBody.withEmail("dev@example.com"));
        assertThat(api.get(developers(org)).json()).hasSize(2);
    }

    @Test
    void shouldAnswerNotFoundForUnknownOrganizationOrDeveloper() {
        String org = scenario.organization().org();
        String unknownId = UUID.randomUUID().toString();

        Api.Response unknown = api.get(developers(org) + "/nobody@example.com").expectError(404,
                "mint.resourceDoesNotExist");
        assertThat(unknown.json().get("message").asString())
                .isEqualTo("Developer with id [nobody@example.com] does not exist");
        assertThat(api.get(developers(org) + "/" + unknownId).expectError(404, "mint.resourceDoesNotExist")
                .json().get("message").asString()).isEqualTo("Developer with id [" + unknownId + "] does not exist");
        api.get(developers(org) + "/not-a-uuid").expectError(404, "mint.resourceDoesNotExist");
        api.put(developers(org) + "/nobody@example.com", DeveloperBody.withEmail("nobody@example.com").json())
                .expectError(404, "mint.resourceDoesNotExist");
        api.delete(developers(org) + "/nobody@example.com").expectError(404, "mint.resourceDoesNotExist");
        api.post(developers(org) + "/nobody@example.com?action=inactive", null).expectError(404,
                "mint.resourceDoesNotExist");
        api.get(developers("no-such-org")).expectError(404, "mint.resourceDoesNotExist");
        api.get(developers("no-such-org") + "/dev@example.com").expectError(404, "mint.resourceDoesNotExist");
        api.post(developers("no-such-org"), DeveloperBody.withEmail("dev@example.com").json()).expectError(404,
                "mint.resourceDoesNotExist");
    }

    @Test
    void shouldNotFindCompaniesAmongDevelopers() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.company(CompanyBody.named("acme"));

        api.get(developers(org) + "/" + org + "%23%23%23acme@APIGEE-GEN.FOR-COMPANY")
                .expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(developers(org)).json()).isEmpty();
    }

    @Test
    void shouldDeleteDeveloperAndAnswerItWhenUnused() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.developer(DeveloperBody.withEmail("dev@example.com").attributes("foo", "bar"));
        JsonNode before = api.get(developers(org) + "/dev@example.com").json();

        JsonNode deleted = api.delete(developers(org) + "/DEV%40example.com").expectStatus(200).json();

        assertThat(deleted).isEqualTo(before);
        api.get(developers(org) + "/dev@example.com").expectError(404, "mint.resourceDoesNotExist");
        world.developer(DeveloperBody.withEmail("dev@example.com"));
    }

    @Test
    void shouldSetStatusWhenActionIsPosted() {
        Scenario world = scenario.organization();
        String org = world.org();
        String id = world.developerId(DeveloperBody.withEmail("dev@example.com"));

        api.send("POST", developers(org) + "/dev@example.com?action=inactive", null, null).expectStatus(204);
        assertThat(api.get(developers(org) + "/" + id).json().get("status").asString()).isEqualTo("inactive");
        assertThat(api.get(Scenario.mint(org) + "/developers/" + id).json().get("status").asString())
                .isEqualTo("INACTIVE");

        api.send("POST", developers(org) + "/" + id + "?action=ACTIVE", null, "application/octet-stream")
                .expectStatus(204);
        assertThat(api.get(developers(org) + "/" + id).json().get("status").asString()).isEqualTo("active");
        assertInvalid(api.post(developers(org) + "/" + id + "?action=paused", null), "action");
        assertInvalid(api.post(developers(org) + "/" + id, null), "action");
    }

    @Test
    void shouldCreateOnlyOneDeveloperWhenTheSameEmailIsPostedConcurrently() throws Exception {
        String org = scenario.organization().org();

        List<Integer> statuses = concurrently(8,
                i -> api.post(developers(org), DeveloperBody.withEmail("Same@example.com").json()));

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(api.get(developers(org)).json()).hasSize(1);
    }

    @Test
    void shouldApplyEveryUpdateWhenUpdatedConcurrently() throws Exception {
        Scenario world = scenario.organization();
        String org = world.org();
        String id = world.developerId(DeveloperBody.withEmail("dev@example.com"));

        List<Integer> statuses = concurrently(8, i -> api.put(developers(org) + "/dev@example.com",
                DeveloperBody.withEmail("dev@example.com").attributes("round", String.valueOf(i)).json()));

        assertThat(statuses).containsOnly(200);
        assertThat(api.get(developers(org) + "/" + id).json().get("attributes")).hasSize(1);
    }

    private static List<Integer> concurrently(int times, IntFunction<Api.Response> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return call.apply(n).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(30, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertInvalid(Api.Response response, String field) {
        response.expectError(400, "mint.invalidRequest");
        assertThat(response.json().get("contexts").findValuesAsString("name")).contains(field);
    }
}
