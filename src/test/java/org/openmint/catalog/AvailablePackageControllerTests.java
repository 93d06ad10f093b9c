package org.openmint.catalog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import org.openmint.scenario.UserBody;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.Fixtures.comparable;
import static org.openmint.scenario.Scenario.mint;

/** What a developer or company may buy: {@code .../monetization-packages} and the rule of spec §15.2. */
class AvailablePackageControllerTests extends CatalogTestSupport {

    private static final String FIXTURE = "mint/organizations/phpunit/developers/phpunit@example.com/"
            + "monetization-packages/GET_allAvailable=true-current=false.json";

    /** The accounts of {@link #catalogOfEveryKindOfPlan}. */
    private record World(String org, String developer, String stranger, String company) {
    }

    /**
     * An organization like the fixtures' (Australia/Eucla) whose packages, each holding product phpunit, have one
     * plan each: std (standard, started), draft (not published), mine (for the developer), theirs (for another
     * developer), cat (for the fixtures' category), company (for the company), future (starts in 2099), ended
     * (ended in 2019), private (private), last-day (ends today).
     */
    private World catalogOfEveryKindOfPlan() {
        Scenario world = scenario.fixtureCatalog();
        String developer = world.developer(DeveloperBody.likeTheFixture("PREPAID"));
        String stranger = world.developer();
        String company = world.company(CompanyBody.likeTheFixture("PREPAID"));
        String today = LocalDate.now(ZoneId.of("Australia/Eucla")).toString();
        Map<String, RatePlanBody> plans = Map.of(
                "std", RatePlanBody.published("std-plan"),
                "draft", RatePlanBody.standard("draft-plan"),
                "mine", RatePlanBody.published("mine-plan").forDeveloper(developer.toUpperCase()),
                "theirs", RatePlanBody.published("theirs-plan").forDeveloper(stranger),
                "cat", RatePlanBody.published("cat-plan").forCategory(DeveloperBody.CATEGORY),
                "company", RatePlanBody.published("company-plan").forDeveloper(company),
                "future", RatePlanBody.published("future-plan").with("startDate", "2099-01-01"),
                "ended", RatePlanBody.published("ended-plan").with("endDate", "2019-01-01"),
                "private", RatePlanBody.published("private-plan").with("isPrivate", true),
                "last-day", RatePlanBody.published("last-day-plan").with("endDate", today));
        plans.forEach((pkg, plan) -> world.monetizationPackage(pkg, "phpunit").ratePlan(plan.in(pkg)));
        return new World(world.org(), developer, stranger, company);
    }

    private static String available(String org, String account, String query) {
        return mint(org) + account + "/monetization-packages" + (query.isEmpty() ? "" : "?" + query);
    }

    private Api.Response list(String org, String account, String query) {
        return api.get(available(org, account, query)).expectStatus(200);
    }

    @Test
    void shouldListThePackagesWithAPlanAvailableToTheDeveloper() {
        World w = catalogOfEveryKindOfPlan();
        String dev = "/developers/" + w.developer();

        Api.Response byDefault = list(w.org(), dev, "");
        Api.Response asTheClientSendsIt = list(w.org(), dev, "current=false&allAvailable=true");

        assertThat(byDefault.listField("monetizationPackage", "id"))
                .containsExactly("cat", "future", "last-day", "mine", "std");
        assertThat(byDefault.json().get("totalRecords").isNumber()).isTrue();
        assertThat(byDefault.json().get("totalRecords").asInt()).isEqualTo(5);
        assertThat(asTheClientSendsIt.json()).isEqualTo(byDefault.json());
        assertThat(list(w.org(), dev, "current=true&allAvailable=true").listField("monetizationPackage", "id"))
                .containsExactly("cat", "last-day", "mine", "std");
        assertThat(list(w.org(), dev, "current=true&allAvailable=false").listField("monetizationPackage", "id"))
                .containsExactly("mine");
        assertThat(list(w.org(), dev, "current=false&allAvailable=true&size=2&page=2")
                .listField("monetizationPackage", "id")).containsExactly("last-day", "mine");
        assertThat(list(w.org(), dev, "current=false&allAvailable=true&size=2&page=2").json().get("totalRecords")
                .asInt()).isEqualTo(5);
    }

    @Test
    void shouldShowOtherAccountsOnlyTheirOwnPlans() {
        World w = catalogOfEveryKindOfPlan();

        assertThat(list(w.org(), "/developers/" + w.stranger(), "").listField("monetizationPackage", "id"))
                .containsExactly("future", "last-day", "std", "theirs");
        assertThat(list(w.org(), "/companies/" + w.company(), "current=false&allAvailable=true")
                .listField("monetizationPackage", "id"))
                .containsExactly("cat", "company", "future", "last-day", "std");
        assertThat(list(w.org(), "/companies/" + w.company().toUpperCase(), "current=true&allAvailable=false")
                .listField("monetizationPackage", "id")).containsExactly("company");
        assertThat(list(w.org(), "/developers/" + w.stranger(), "allAvailable=false")
                .listField("monetizationPackage", "id")).containsExactly("theirs");
    }

    @Test
    void shouldShapePackagesLikeTheFixtureWithTheirProducts() {
        World w = catalogOfEveryKindOfPlan();
        JsonNode fixture = Fixtures.load(FIXTURE);

        JsonNode listed = list(w.org(), "/developers/" + w.developer(), "current=true&allAvailable=false").json();

        JsonNode pkg = listed.get("monetizationPackage").get(0);
        Fixtures.assertSameShape(comparable(fixture.get("monetizationPackage").get(0)), comparable(pkg), Set.of());
        assertThat(listed.propertyNames()).containsExactly("monetizationPackage", "totalRecords");
        assertThat(pkg).isEqualTo(api.get(packages(w.org()) + "/mine").expectStatus(200).json());
        assertThat(pkg.get("product").get(0).get("name").asString()).isEqualTo("phpunit");
    }

    @Test
    void shouldRefuseUnknownAccountsAndInvalidFlags() {
        World w = catalogOfEveryKindOfPlan();

        api.get(available(w.org(), "/developers/nobody@example.com", "")).expectError(404,
                "mint.resourceDoesNotExist");
        api.get(available(w.org(), "/companies/nobody", "")).expectError(404, "mint.resourceDoesNotExist");
        api.get(available(w.org(), "/companies/" + w.developer(), "")).expectError(404, "mint.resourceDoesNotExist");
        Api.Response badFlag = api.get(available(w.org(), "/developers/" + w.developer(), "current=maybe"))
                .expectError(400, "mint.invalidRequest");
        assertThat(badFlag.json().get("contexts").toString()).contains("current");
        api.get(available(w.org(), "/developers/" + w.developer(), "allAvailable=1")).expectError(400,
                "mint.invalidRequest");
        api.get(available(w.org(), "/developers/" + w.developer(), "size=0")).expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldLetReadersOfTheOrganizationAndNoOtherUserList() {
        World w = catalogOfEveryKindOfPlan();
        String reader = scenario.in(w.org()).user(Map.of(w.org(), "readonly"));
        String stranger = scenario.user(Map.of(scenario.organization().org(), "orgadmin"));

        api.as(reader, UserBody.PASSWORD).get(available(w.org(), "/developers/" + w.developer(), ""))
                .expectStatus(200);
        api.as(stranger, UserBody.PASSWORD).get(available(w.org(), "/developers/" + w.developer(), ""))
                .expectError(403, "mint.forbidden");
    }
}
