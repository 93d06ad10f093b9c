package org.openmint.subscription;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.Fixtures.comparable;
import static org.openmint.scenario.Scenario.mint;

/** {@code eligible-products} (spec §15.3) and {@code rate-plan-by-developer-product} (spec §15.4). */
class DeveloperProductControllerTests extends SubscriptionTestSupport {

    private static final String DEVELOPER_FIXTURES = "mint/organizations/phpunit/developers/phpunit@example.com/";

    /**
     * {@link #newCatalog()} with plan standard published for package phpunit, product draft-only in a package with
     * only a draft plan, and product secret in package hidden with the published private plan hidden.
     */
    private Scenario catalogWithPlans() {
        return newCatalog().ratePlan(RatePlanBody.published("standard")).product("draft-only")
                .monetizationPackage("drafts", "draft-only").ratePlan(RatePlanBody.standard("draft").in("drafts"))
                .product("secret").monetizationPackage("hidden", "secret")
                .ratePlan(RatePlanBody.published("hidden").in("hidden").with("isPrivate", true));
    }

    private static String account(Scenario world, String kind) {
        return kind.equals("companies")
                ? world.company(CompanyBody.likeTheFixture("PREPAID"))
                : world.developer(DeveloperBody.likeTheFixture("PREPAID"));
    }

    private static String eligible(String org, String kind, String id) {
        return mint(org) + "/" + kind + "/" + id + "/eligible-products";
    }

    private static String planFor(String org, String kind, String id, String product) {
        return mint(org) + "/" + kind + "/" + id + "/products/" + product + "/rate-plan-by-developer-product";
    }

    private Api.Response eligibleProducts(String org, String kind, String id) {
        return api.get(eligible(org, kind, id)).expectStatus(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"developers", "companies"})
    void shouldListProductsWithoutPublishedPlanAndThoseOfPlansInEffect(String kind) {
        Scenario world = catalogWithPlans();
        String org = world.org();
        String id = account(world, kind);
        String later = account(world, kind);

        Api.Response before = eligibleProducts(org, kind, id);
        accept(org, kind, id, acceptance(id, "standard", day(0), null, "suppressWarning", "true"));
        accept(org, kind, later, acceptance(later, "standard", day(1), null, "suppressWarning", "true"));
        Api.Response after = eligibleProducts(org, kind, id);

        assertThat(before.listField("product", "name")).containsExactly("draft-only", "other");
        assertThat(before.json().get("totalRecords").asInt()).isEqualTo(2);
        assertThat(after.listField("product", "name")).containsExactly("draft-only", "other", "phpunit");
        assertThat(after.json().get("totalRecords").asInt()).isEqualTo(3);
        assertThat(eligibleProducts(org, kind, later).listField("product", "name"))
                .as("an acceptance from tomorrow does not count yet").containsExactly("draft-only", "other");
        assertThat(api.get(eligible(org, kind, id) + "?size=1&page=3").expectStatus(200).listField("product", "name"))
                .containsExactly("phpunit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"developers", "companies"})
    void shouldShapeEligibleProductsLikeTheFixture(String kind) {
        Scenario world = catalogWithPlans();
        String org = world.org();
        String id = account(world, kind);
        JsonNode fixture = Fixtures.load(DEVELOPER_FIXTURES + "eligible-products/GET.json");

        JsonNode listed = eligibleProducts(org, kind, id).json();

        assertThat(listed.propertyNames()).containsExactly("product", "totalRecords");
        Fixtures.assertSameShape(comparable(fixture.get("product").get(0)), comparable(listed.get("product").get(0)),
                Set.of());
        assertThat(listed.get("product").get(0)).isEqualTo(api.get(mint(org) + "/products/draft-only").json());
    }

    @ParameterizedTest
    @ValueSource(strings = {"developers", "companies"})
    void shouldAnswerTheRatePlanTheAccountIsOnForAProduct(String kind) {
        Scenario world = catalogWithPlans();
        String org = world.org();
        String id = account(world, kind);
        accept(org, kind, id, acceptance(id, "standard", day(0), null, "suppressWarning", "true"));

        JsonNode plan = api.get(planFor(org, kind, id, "phpunit")).expectStatus(200).json();

        assertThat(plan.get("id").asString()).isEqualTo("standard");
        assertThat(plan).isEqualTo(api.get(mint(org) + "/monetization-packages/phpunit/rate-plans/standard").json());
        assertThat(plan.get("monetizationPackage").get("id").asString()).isEqualTo("phpunit");
        Fixtures.assertSameShape(
                comparable(
                        Fixtures.load(DEVELOPER_FIXTURES + "products/phpunit/rate-plan-by-developer-product/GET.json")),
                comparable(plan), Set.of("parentRatePlan"));
        assertThat(api.get(planFor(org, kind, id, "PHPUNIT") + "/").expectStatus(200).json()).isEqualTo(plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"developers", "companies"})
    void shouldRefuseProductsOutsidePackagesOrWithoutAPlanInEffect(String kind) {
        Scenario world = catalogWithPlans();
        String org = world.org();
        String id = account(world, kind);
        accept(org, kind, id, acceptance(id, "hidden", day(0), null, "suppressWarning", "true"));

        api.get(planFor(org, kind, id, "other")).expectError(400, "mint.productNotPartOfAnyMonetizationPackage");
        api.get(planFor(org, kind, id, "phpunit")).expectError(400, "mint.noCurrentPublishableEntity");
        api.get(planFor(org, kind, id, "secret")).expectError(400, "mint.noCurrentPublishableEntity");
        assertThat(api.get(planFor(org, kind, id, "secret") + "?showPrivate=true").expectStatus(200).json()
                .get("id").asString()).isEqualTo("hidden");
        api.get(planFor(org, kind, id, "secret") + "?showPrivate=maybe").expectError(400, "mint.invalidRequest");
        api.get(planFor(org, kind, id, "nothing")).expectError(404, "mint.resourceDoesNotExist");
        api.get(planFor(org, kind, "nobody", "phpunit")).expectError(404, "mint.resourceDoesNotExist");
        api.get(eligible(org, kind, "nobody")).expectError(404, "mint.resourceDoesNotExist");
        api.get(eligible(org, kind, id) + "?size=0").expectError(400, "mint.invalidRequest");
    }
}
