package org.openmint.developer;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.openmint.IntegrationTestSupport;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmint.scenario.DeveloperBody.ADDRESS;
import static org.openmint.scenario.Scenario.companies;
import static org.openmint.scenario.Scenario.developers;
import static org.openmint.scenario.Scenario.mint;

class DeveloperServiceTests extends IntegrationTestSupport {

    /** What the test {@link DeveloperUsage} reports, by account id. */
    private static final Map<String, String> IN_USE = new ConcurrentHashMap<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class Usage {

        @Bean
        DeveloperUsage testUsage() {
            return (org, developerId) -> IN_USE.get(developerId);
        }
    }

    @Autowired
    private DeveloperService service;

    @Test
    void shouldFindDeveloperAccountByEmailInAnyCaseOrById() {
        Scenario world = scenario.organization(profile -> profile.put("supportedBillingType", "BOTH"));
        String org = world.org();
        String id = world.developerId(DeveloperBody.withEmail("Dev@Example.com").attributes("MINT_BILLING_TYPE",
                "postpaid", "MINT_DEVELOPER_LEGAL_NAME", "Dev Ltd", "MINT_DEVELOPER_ADDRESS", ADDRESS,
                "MINT_DEVELOPER_CATEGORY", "gold"));

        DeveloperAccount byEmail = service.requireDeveloper(org, "dev@EXAMPLE.com");

        assertThat(byEmail).isEqualTo(new DeveloperAccount(org, id, "Dev@Example.com", "Php Unit", false, "POSTPAID",
                "ACTIVE", "Dev Ltd", true, "gold"));
        assertThat(byEmail.prepaid()).isFalse();
        assertThat(byEmail.active()).isTrue();
        assertThat(service.requireDeveloper(org, id)).isEqualTo(byEmail);
        assertThat(service.requireAccount(org, id)).isEqualTo(byEmail);
    }

    @Test
    void shouldFindCompanyAccountByNameOrInternalId() {
        Scenario world = scenario.organization(profile -> profile.put("supportedBillingType", "PREPAID"));
        String org = world.org();
        world.company(CompanyBody.named("Acme"));

        DeveloperAccount company = service.requireCompany(org, "ACME");

        assertThat(UUID.fromString(company.id())).isNotNull();
        assertThat(company).isEqualTo(new DeveloperAccount(org, company.id(), org + "###Acme@APIGEE-GEN.FOR-COMPANY",
                "Acme", true, "PREPAID", "ACTIVE", null, false, null));
        assertThat(service.requireAccount(org, company.id())).isEqualTo(company);
        assertThat(api.get(companies(org) + "/acme").body()).doesNotContain(company.id());
        assertThatThrownBy(() -> service.requireDeveloper(org, company.id()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.requireDeveloper(org, company.email()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void shouldGiveTheMintViewOfEitherKindById() {
        Scenario world = scenario.organization();
        String org = world.org();
        String developerId = world
                .developerId(DeveloperBody.withEmail("dev@example.com").attributes("MINT_COMPANY_ID", "acme"));
        world.company(CompanyBody.named("acme"));
        String companyId = service.requireCompany(org, "acme").id();

        MintDeveloper developer = service.mintView(org, developerId);
        MintDeveloper company = service.mintView(org, companyId);

        assertThat(developer.id()).isEqualTo(developerId);
        assertThat(developer.parent()).isEqualTo(company);
        assertThat(developer.organization().id()).isEqualTo(org);
        assertThat(company.id()).isEqualTo("acme");
        assertThat(company.isCompany()).isTrue();
    }

    @Test
    void shouldThrowNotFoundWhenOrganizationOrAccountIsUnknown() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.developer(DeveloperBody.withEmail("dev@example.com"));

        assertThatThrownBy(() -> service.requireDeveloper("no-such-org", "dev@example.com"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.requireDeveloper(org, "nobody@example.com"))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Developer with id [nobody@example.com] does not exist");
        assertThatThrownBy(() -> service.requireCompany(org, "nobody")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.requireAccount(org, "dev@example.com"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.requireAccount(org, UUID.randomUUID().toString()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.mintView(org, "junk")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void shouldRefuseDeleteWhenDeveloperIsInUse() {
        Scenario world = scenario.organization();
        String org = world.org();
        String id = world.developerId(DeveloperBody.withEmail("dev@example.com").attributes("foo", "bar"));
        JsonNode before = api.get(developers(org) + "/" + id).json();
        IN_USE.put(id, "2 balances");

        JsonNode error = api.delete(developers(org) + "/dev@example.com").expectError(400, "mint.developerInUse")
                .json();

        assertThat(error.get("message").asString()).contains("dev@example.com").contains("2 balances");
        assertThat(api.get(developers(org) + "/" + id).expectStatus(200).json()).isEqualTo(before);
        assertThat(api.get(mint(org) + "/developers/" + id).expectStatus(200).json().get("id").asString())
                .isEqualTo(id);

        IN_USE.remove(id);
        api.delete(developers(org) + "/dev@example.com").expectStatus(200);
        api.get(developers(org) + "/" + id).expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldRefuseDeleteWhenCompanyIsInUse() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.company(CompanyBody.named("acme").attributes("foo", "bar"));
        String id = service.requireCompany(org, "acme").id();
        IN_USE.put(id, "a ledger entry");

        JsonNode error = api.delete(companies(org) + "/acme").expectError(400, "mint.developerInUse").json();

        assertThat(error.get("message").asString()).contains("acme").contains("a ledger entry");
        assertThat(api.get(companies(org) + "/acme").expectStatus(200).json().get("attributes")).hasSize(1);

        IN_USE.remove(id);
        api.delete(companies(org) + "/acme").expectStatus(200);
        api.get(companies(org) + "/acme").expectError(404, "mint.resourceDoesNotExist");
    }
}
