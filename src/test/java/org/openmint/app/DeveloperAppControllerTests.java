package org.openmint.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.AppBody;
import org.openmint.scenario.ProductBody;
import org.openmint.scenario.Scenario;
import org.openmint.scenario.UserBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.appById;
import static org.openmint.scenario.Scenario.developerApps;

class DeveloperAppControllerTests extends IntegrationTestSupport {

    private static final String FIXTURES = "organizations/phpunit/developers/f43ffa3c-e147-47de-8cd6-f5b34429a531/apps/";
    /** Edge's {@code appFamily} is in the fixtures of lists only; this service always sends it, as the OpenAPI does. */
    private static final Set<String> OPTIONAL = Set.of("appFamily");

    @Test
    void shouldCreateAppShapedLikeTheFixtureWithOneCredentialForItsProducts() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        String developerId = developerId(org, email);
        world.product("p1");
        world.product("p2");
        long before = System.currentTimeMillis();

        JsonNode created = world.developerApp(email,
                AppBody.named("phpunit_test_app").products("p2", "P1").fixtureAttributes());

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "POST.json"), created, OPTIONAL);
        assertThat(UUID.fromString(created.get("appId").asString())).isNotNull();
        assertThat(created.get("name").asString()).isEqualTo("phpunit_test_app");
        assertThat(created.get("developerId").asString()).isEqualTo(developerId);
        assertThat(created.has("companyName")).isFalse();
        assertThat(created.get("appFamily").asString()).isEqualTo("default");
        assertThat(created.get("status").asString()).isEqualTo("approved");
        assertThat(created.get("callbackUrl").asString()).isEqualTo("http://example.com");
        assertThat(created.get("attributes")).isEqualTo(Fixtures.load(FIXTURES + "POST.json").get("attributes"));
        assertThat(created.get("scopes").isArray()).isTrue();
        assertThat(created.get("createdAt").isIntegralNumber()).isTrue();
        assertThat(created.get("createdAt").asLong()).isBetween(before - 1000, System.currentTimeMillis() + 1000);
        assertThat(created.get("lastModifiedAt").asLong()).isEqualTo(created.get("createdAt").asLong());
        assertThat(created.get("createdBy").asString()).isEqualTo(ADMIN);
        assertThat(created.get("lastModifiedBy").asString()).isEqualTo(ADMIN);
        assertThat(created.get("credentials")).hasSize(1);
        JsonNode credential = created.get("credentials").get(0);
        assertThat(credential.get("consumerKey").asString()).matches("[A-Za-z0-9]{32}");
        assertThat(credential.get("consumerSecret").asString()).matches("[A-Za-z0-9]{16}");
        assertThat(credential.get("expiresAt").asLong()).isEqualTo(-1);
        assertThat(credential.get("issuedAt").asLong()).isEqualTo(created.get("createdAt").asLong());
        assertThat(credential.get("status").asString()).isEqualTo("approved");
        assertThat(credential.get("attributes").isEmpty()).isTrue();
        assertThat(credential.get("apiProducts").toString()).isEqualTo(
                "[{\"apiproduct\":\"p2\",\"status\":\"approved\"},{\"apiproduct\":\"p1\",\"status\":\"approved\"}]");
        assertThat(created.has("apiProducts")).isFalse();
    }

    @Test
    void shouldGenerateDifferentCredentialsForEveryApp() {
        Scenario world = scenario.organization();
        String email = world.developer();

        JsonNode first = world.developerApp(email, AppBody.named("first"));
        JsonNode second = world.developerApp(email, AppBody.named("second"));

        assertThat(second.get("appId")).isNotEqualTo(first.get("appId"));
        assertThat(second.at("/credentials/0/consumerKey")).isNotEqualTo(first.at("/credentials/0/consumerKey"));
        assertThat(second.at("/credentials/0/consumerSecret")).isNotEqualTo(first.at("/credentials/0/consumerSecret"));
        assertThat(first.at("/credentials/0/apiProducts").isEmpty()).isTrue();
    }

    @Test
    void shouldLoadOneCredentialOfTheAppByItsKey() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        world.product("p1");
        JsonNode created = world.developerApp(email, AppBody.named("keyed").products("p1"));
        JsonNode credential = created.get("credentials").get(0);
        String key = credential.get("consumerKey").asString();

        JsonNode loaded = api.get(developerApps(org, email) + "/keyed/keys/" + key).expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit_test_app/keys/phpunit_test_app_key/GET.json"),
                loaded, Set.of());
        assertThat(loaded).isEqualTo(credential);
        api.get(developerApps(org, email) + "/keyed/keys/no-such-key").expectError(404, "mint.resourceDoesNotExist");
        api.get(developerApps(org, email) + "/no-such-app/keys/" + key).expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldGetAppByNameInAnyCaseWhenDeveloperIsAddressedByEmailEncodedOrById() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        world.product("p1");
        JsonNode created = world.developerApp(email,
                AppBody.named("phpunit_test_app").products("p1").fixtureAttributes());

        JsonNode byEmail = api.get(developerApps(org, email) + "/phpunit_test_app").expectStatus(200).json();
        JsonNode encoded = api.get(developerApps(org, email.toUpperCase().replace("@", "%40")) + "/PHPUNIT_test_app")
                .expectStatus(200).json();
        JsonNode byId = api.get(developerApps(org, developerId(org, email)) + "/phpunit_test_app")
                .expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit_test_app/GET.json"), byEmail, OPTIONAL);
        assertThat(byEmail).isEqualTo(created);
        assertThat(encoded).isEqualTo(created);
        assertThat(byId).isEqualTo(created);
    }

    @Test
    void shouldReplaceAttributesCallbackUrlAndProductsWhenPut() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        world.product("p1");
        world.product("p2");
        JsonNode created = world.developerApp(email,
                AppBody.named("phpunit_test_app").products("p1").fixtureAttributes());
        ObjectNode body = (ObjectNode) Fixtures.load(FIXTURES + "phpunit_test_app/PUT.json");
        body.putArray("apiProducts").add("p2").add("p1");

        JsonNode updated = api.put(developerApps(org, email) + "/phpunit_test_app", body.toString())
                .expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit_test_app/PUT.json"), updated, OPTIONAL);
        assertThat(updated.get("attributes")).isEqualTo(body.get("attributes"));
        assertThat(updated.get("callbackUrl").asString()).isEqualTo("http://foo.example.com");
        assertThat(updated.get("appId")).isEqualTo(created.get("appId"));
        assertThat(updated.get("createdAt")).isEqualTo(created.get("createdAt"));
        assertThat(updated.get("lastModifiedAt").asLong()).isGreaterThanOrEqualTo(created.get("createdAt").asLong());
        assertThat(updated.at("/credentials/0/consumerKey")).isEqualTo(created.at("/credentials/0/consumerKey"));
        assertThat(Fixtures.texts(updated.at("/credentials/0/apiProducts"), "apiproduct")).containsExactly("p2", "p1");
        assertThat(api.get(developerApps(org, email) + "/phpunit_test_app").json()).isEqualTo(updated);
    }

    @Test
    void shouldKeepProductsWhenPutWithoutThemAndClearThemWhenPutEmpty() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        world.product("p1");
        String path = developerApps(org, email) + "/app";
        world.developerApp(email, AppBody.named("app").products("p1").attributes("foo", "bar"));

        JsonNode kept = api.put(path, "{\"name\": \"app\", \"attributes\": [{\"name\": \"a\", \"value\": \"b\"}]}")
                .expectStatus(200).json();
        JsonNode cleared = api.put(path, "{\"apiProducts\": []}").expectStatus(200).json();

        assertThat(Fixtures.texts(kept.at("/credentials/0/apiProducts"), "apiproduct")).containsExactly("p1");
        assertThat(kept.get("attributes").toString()).isEqualTo("[{\"name\":\"a\",\"value\":\"b\"}]");
        assertThat(kept.has("callbackUrl")).isFalse();
        assertThat(cleared.at("/credentials/0/apiProducts").isEmpty()).isTrue();
        assertThat(cleared.get("attributes").isEmpty()).isTrue();
    }

    @Test
    void shouldGiveManuallyApprovedProductsPendingStatusAndKeepStatusAcrossPut() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        world.product("free");
        world.product(ProductBody.named("premium").approvalType("manual"));

        JsonNode created = world.developerApp(email, AppBody.named("app").products("premium", "free"));
        JsonNode updated = api
                .put(developerApps(org, email) + "/app", AppBody.named("app").products("free", "premium").json())
                .expectStatus(200).json();

        assertThat(created.at("/credentials/0/apiProducts").toString()).isEqualTo(
                "[{\"apiproduct\":\"premium\",\"status\":\"pending\"},"
                        + "{\"apiproduct\":\"free\",\"status\":\"approved\"}]");
        assertThat(updated.at("/credentials/0/apiProducts").toString()).isEqualTo(
                "[{\"apiproduct\":\"free\",\"status\":\"approved\"},"
                        + "{\"apiproduct\":\"premium\",\"status\":\"pending\"}]");
        assertThat(created.at("/credentials/0/status").asString()).isEqualTo("approved");
    }

    @Test
    void shouldSetKeyExpiryFromKeyExpiresIn() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();

        JsonNode app = api.post(developerApps(org, email), "{\"name\": \"app\", \"keyExpiresIn\": 86400000}")
                .expectStatus(201).json();
        JsonNode never = api.post(developerApps(org, email), "{\"name\": \"never\", \"keyExpiresIn\": -1}")
                .expectStatus(201).json();

        JsonNode credential = app.at("/credentials/0");
        assertThat(credential.get("expiresAt").asLong()).isEqualTo(credential.get("issuedAt").asLong() + 86_400_000L);
        assertThat(never.at("/credentials/0/expiresAt").asLong()).isEqualTo(-1);
        assertThat(app.has("callbackUrl")).isFalse();
        assertInvalid(api.post(developerApps(org, email), "{\"name\": \"zero\", \"keyExpiresIn\": 0}"), "keyExpiresIn");
    }

    @Test
    void shouldListNamesOrExpandedAppsFromStartKeyWhenAsked() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        String other = world.developer();
        world.product("p1");
        for (String name : List.of("c", "A", "e", "b", "d")) {
            world.developerApp(email, AppBody.named(name).products("p1").fixtureAttributes());
        }
        world.developerApp(other, AppBody.named("other"));

        JsonNode names = api.get(developerApps(org, email)).expectStatus(200).json();
        JsonNode fromC = api.get(developerApps(org, email) + "?expand=false&startKey=C").expectStatus(200).json();
        JsonNode counted = api.get(developerApps(org, email) + "?count=2&expand=false&startKey=b").expectStatus(200)
                .json();
        JsonNode expanded = api.get(developerApps(org, email) + "?expand=true").expectStatus(200).json();
        JsonNode shallow = api.get(developerApps(org, developerId(org, email))
                + "?count=2&shallowExpand=true&startKey=d").expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_expand=false.json"), names, Set.of());
        assertThat(Fixtures.texts(names, null)).containsExactly("A", "b", "c", "d", "e");
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_expand=false-startKey=4phpunit_test_app.json"),
                fromC, Set.of());
        assertThat(Fixtures.texts(fromC, null)).containsExactly("c", "d", "e");
        Fixtures.assertSameShape(
                Fixtures.load(FIXTURES + "GET_count=2-expand=false-startKey=3phpunit_test_app.json"), counted,
                Set.of());
        assertThat(Fixtures.texts(counted, null)).containsExactly("b", "c");
        // The list fixtures leave out expiresAt of a credential that never expires; single apps have it.
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_expand=true.json"), expanded, Set.of("expiresAt"));
        assertThat(Fixtures.texts(expanded.get("app"), "name")).containsExactly("A", "b", "c", "d", "e");
        assertThat(expanded.get("app").get(0)).isEqualTo(api.get(developerApps(org, email) + "/A").json());
        Fixtures.assertSameShape(
                Fixtures.load(FIXTURES + "GET_count=2-shallowExpand=true-startKey=3phpunit_test_app.json"), shallow,
                Set.of("expiresAt"));
        assertThat(Fixtures.texts(shallow.get("app"), "name")).containsExactly("d", "e");
        assertThat(api.get(developerApps(org, world.developer())).json().isEmpty()).isTrue();
        assertInvalid(api.get(developerApps(org, email) + "?count=0"), "count");
        assertInvalid(api.get(developerApps(org, email) + "?count=1001"), "count");
        assertInvalid(api.get(developerApps(org, email) + "?expand=maybe"), "expand");
    }

    @Test
    void shouldDeleteAppAndAnswerItAsItWas() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        world.product("p1");
        JsonNode created = world.developerApp(email, AppBody.named("app").products("p1").fixtureAttributes());

        JsonNode deleted = api.delete(developerApps(org, email) + "/APP").expectStatus(200).json();

        assertThat(deleted).isEqualTo(created);
        api.get(developerApps(org, email) + "/app").expectError(404, "mint.resourceDoesNotExist");
        api.get(appById(org, created.get("appId").asString())).expectError(404, "mint.resourceDoesNotExist");
        api.delete(developerApps(org, email) + "/app").expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(developerApps(org, email)).json().isEmpty()).isTrue();
        JsonNode again = world.developerApp(email, AppBody.named("app").products("p1"));
        assertThat(again.get("appId")).isNotEqualTo(created.get("appId"));
    }

    @Test
    void shouldRefuseMissingOrInvalidFields() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        String apps = developerApps(org, email);

        assertInvalid(api.post(apps, AppBody.named(null).json()), "name");
        assertInvalid(api.post(apps, AppBody.named("  ").json()), "name");
        assertInvalid(api.post(apps, AppBody.named("a/b").json()), "name");
        assertInvalid(api.post(apps, AppBody.named("_app").json()), "name");
        assertInvalid(api.post(apps, AppBody.named("x".repeat(256)).json()), "name");
        assertInvalid(api.post(apps, AppBody.named("app").attributes("foo", "1", "foo", "2").json()), "foo");
        assertInvalid(api.post(apps, "{\"name\": \"app\", \"attributes\": [{\"value\": \"v\"}]}"), "attributes");
        assertInvalid(api.post(apps, "{\"name\": \"app\", \"apiProducts\": [\"\"]}"), "apiProducts");
        assertInvalid(api.post(apps, "{\"name\": \"app\", \"scopes\": [null]}"), "scopes");
        assertInvalid(api.post(apps, "{\"name\": \"app\", \"callbackUrl\": \"" + "x".repeat(2049) + "\"}"),
                "callbackUrl");
        assertInvalid(api.post(apps, "{\"name\": \"app\", \"apiProducts\": \"p1\"}"), "apiProducts");
        api.post(apps, "{").expectError(400, "mint.invalidRequest");
        api.post(apps, "").expectError(400, "mint.invalidRequest");

        world.developerApp(email, AppBody.named("app"));
        assertInvalid(api.put(apps + "/app", AppBody.named("other").json()), "name");
        assertInvalid(api.put(apps + "/app", AppBody.named("app").attributes("a", "1", "a", "1").json()), "a");
        api.get(apps + "/other").expectError(404, "mint.resourceDoesNotExist");
        assertThat(Fixtures.texts(api.get(apps).json(), null)).containsExactly("app");
    }

    @Test
    void shouldRefuseDuplicateNameInAnyCaseForTheSameDeveloperOnly() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        String other = world.developer();
        world.developerApp(email, AppBody.named("My App"));

        Api.Response duplicate = api.post(developerApps(org, email), AppBody.named("my app").json())
                .expectError(409, "mint.duplicateEntity");

        assertThat(duplicate.json().get("message").asString()).contains("my app");
        world.developerApp(other, AppBody.named("My App"));
        assertThat(api.get(developerApps(org, email)).json()).hasSize(1);
    }

    @Test
    void shouldAnswerNotFoundForUnknownProductAndChangeNothing() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        world.product("p1");
        world.developerApp(email, AppBody.named("app").products("p1"));

        Api.Response unknown = api.post(developerApps(org, email), AppBody.named("other").products("p1", "nope").json())
                .expectError(404, "mint.resourceDoesNotExist");
        api.put(developerApps(org, email) + "/app", AppBody.named("app").products("nope").json())
                .expectError(404, "mint.resourceDoesNotExist");

        assertThat(unknown.json().get("message").asString()).contains("[nope]");
        assertThat(Fixtures.texts(api.get(developerApps(org, email)).json(), null)).containsExactly("app");
        JsonNode app = api.get(developerApps(org, email) + "/app").json();
        assertThat(Fixtures.texts(app.at("/credentials/0/apiProducts"), "apiproduct")).containsExactly("p1");
    }

    @Test
    void shouldAnswerNotFoundForUnknownOrganizationDeveloperOrApp() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        String company = world.company();
        String nobody = developerApps(org, "nobody@example.com");

        api.get(nobody).expectError(404, "mint.resourceDoesNotExist");
        api.post(nobody, AppBody.named("app").json()).expectError(404, "mint.resourceDoesNotExist");
        api.get(nobody + "/app").expectError(404, "mint.resourceDoesNotExist");
        api.put(nobody + "/app", AppBody.named("app").json()).expectError(404, "mint.resourceDoesNotExist");
        api.delete(nobody + "/app").expectError(404, "mint.resourceDoesNotExist");
        api.get(developerApps(org, UUID.randomUUID().toString())).expectError(404, "mint.resourceDoesNotExist");
        api.post(developerApps(org, company), AppBody.named("app").json())
                .expectError(404, "mint.resourceDoesNotExist");
        api.get(developerApps("no-such-org", email)).expectError(404, "mint.resourceDoesNotExist");
        Api.Response unknownApp = api.get(developerApps(org, email) + "/nope").expectError(404,
                "mint.resourceDoesNotExist");
        assertThat(unknownApp.json().get("message").asString()).isEqualTo("App with id [nope] does not exist");
        api.put(developerApps(org, email) + "/nope", AppBody.named("nope").json())
                .expectError(404, "mint.resourceDoesNotExist");
        api.delete(developerApps(org, email) + "/nope").expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldCreateOneAppWhenTheSameNameIsPostedConcurrently() throws Exception {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        int clients = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Callable<Integer> create = () -> {
                    start.await();
                    return api.post(developerApps(org, email), AppBody.named("race").json()).status();
                };
                statuses.add(pool.submit(create));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).containsOnly(201, 409);
            assertThat(results).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Fixtures.texts(api.get(developerApps(org, email)).json(), null)).containsExactly("race");
    }

    @Test
    void shouldRevokeAndApproveAppWhenActionIsPostedAsApigeesClientSendsIt() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        JsonNode created = world.developerApp(email, AppBody.named("app"));
        String path = developerApps(org, email) + "/APP";

        Api.Response revoked = api.send("POST", path + "?action=revoke", "", "application/octet-stream");

        revoked.expectStatus(204);
        assertThat(revoked.body()).isEmpty();
        assertThat(revoked.raw().headers().firstValue("Content-Type")).isEmpty();
        JsonNode app = api.get(path).json();
        assertThat(app.get("status").asString()).isEqualTo("revoked");
        assertThat(app.at("/credentials/0/status").asString()).isEqualTo("approved");
        assertThat(app.get("lastModifiedAt").asLong()).isGreaterThanOrEqualTo(created.get("lastModifiedAt").asLong());
        assertThat(api.get(appById(org, app.get("appId").asString())).json().get("status").asString())
                .isEqualTo("revoked");

        api.send("POST", path + "?action=approve", "", "application/octet-stream").expectStatus(204);
        assertThat(api.get(path).json().get("status").asString()).isEqualTo("approved");
        api.send("POST", path + "?action=REVOKED", null, null).expectStatus(204);
        assertThat(api.get(path).json().get("status").asString()).isEqualTo("revoked");
        api.send("POST", path + "?action=approved", null, null).expectStatus(204);
        assertThat(api.get(path).json().get("status").asString()).isEqualTo("approved");
    }

    @Test
    void shouldRefuseUnknownActionOrAppAndLetOnlyAnOrgAdminChangeTheStatus() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        world.developerApp(email, AppBody.named("app"));
        String path = developerApps(org, email) + "/app";

        for (String action : List.of("?action=active", "?action=", "?action=approve&action=revoke", "")) {
            assertInvalid(api.send("POST", path + action, "", "application/octet-stream"), "action");
        }
        api.send("POST", developerApps(org, email) + "/nope?action=revoke", null, null).expectError(404,
                "mint.resourceDoesNotExist");
        api.send("POST", developerApps(org, "nobody@example.com") + "/app?action=revoke", null, null)
                .expectError(404, "mint.resourceDoesNotExist");
        Api readOnly = api.as(world.user(Map.of(org, "readonly")), UserBody.PASSWORD);
        readOnly.send("POST", path + "?action=revoke", null, null).expectError(403, "mint.forbidden");
        assertThat(api.get(path).json().get("status").asString()).isEqualTo("approved");

        Api orgAdmin = api.as(world.user(Map.of(org, "orgadmin")), UserBody.PASSWORD);
        orgAdmin.send("POST", path + "?action=revoke", null, null).expectStatus(204);
        assertThat(api.get(path).json().get("status").asString()).isEqualTo("revoked");
    }

    private String developerId(String org, String email) {
        return api.get("/v1/organizations/" + org + "/developers/" + email).json().get("developerId").asString();
    }

    private static void assertInvalid(Api.Response response, String field) {
        response.expectError(400, "mint.invalidRequest");
        assertThat(response.json().get("contexts").findValuesAsString("name")).contains(field);
    }
}
