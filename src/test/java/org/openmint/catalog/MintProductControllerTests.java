package org.openmint.catalog;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.scenario.ProductBody;
import org.openmint.scenario.RatePlanBody;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.Fixtures.comparable;
import static org.openmint.scenario.Scenario.mint;

class MintProductControllerTests extends CatalogTestSupport {

    @Test
    void shouldShowProductShapedLikeTheFixture() {
        String org = scenario.organizationLikeTheFixture()
                .product(ProductBody.named("phpunit").displayName("PHPUnit")).org();

        JsonNode product = api.get(mint(org) + "/products/phpunit").expectStatus(200).json();

        Fixtures.assertSameShape(comparable(Fixtures.load("mint/organizations/phpunit/products/phpunit/GET.json")),
                comparable(product), Set.of());
        assertThat(product.get("id").asString()).isEqualTo("phpunit");
        assertThat(product.get("name").asString()).isEqualTo("phpunit");
        assertThat(product.get("displayName").asString()).isEqualTo("PHPUnit");
        assertThat(product.get("status").asString()).isEqualTo("CREATED");
        assertThat(product.get("transactionSuccessCriteria").asString()).isEqualTo("txProviderStatus == 'OK'");
        assertThat(product.get("organization")).isEqualTo(api.get(mint(org)).json());
    }

    @Test
    void shouldTakeCustomAttributeNamesAndCriteriaFromProductAttributes() {
        String org = scenario.organization().product(ProductBody.named("credits").attributes("MINT_CUSTOM_ATTRIBUTE_1",
                "Credit Charge", "MINT_CUSTOM_ATTRIBUTE_3", "size", "MINT_TRANSACTION_SUCCESS_CRITERIA",
                "txProviderStatus == '200'", "MINT_REFUND_TRANSACTION_SUCCESS_CRITERIA", "refundStatus == 'OK'",
                "access", "public")).org();

        JsonNode product = api.get(mint(org) + "/products/credits").expectStatus(200).json();

        assertThat(product.get("customAtt1Name").asString()).isEqualTo("Credit Charge");
        assertThat(product.get("customAtt3Name").asString()).isEqualTo("size");
        assertThat(product.has("customAtt2Name")).isFalse();
        assertThat(product.has("customAttributeNames")).isFalse();
        assertThat(product.get("transactionSuccessCriteria").asString()).isEqualTo("txProviderStatus == '200'");
        assertThat(product.get("refundSuccessCriteria").asString()).isEqualTo("refundStatus == 'OK'");
    }

    @Test
    void shouldListOnlyProductsWithAPublishedRatePlanUnlessMonetizedIsFalse() {
        String org = scenario.fixtureCatalog().product("draft-only").product("loose")
                .monetizationPackage("drafts", "draft-only")
                .ratePlan(RatePlanBody.standard("live").with("published", true))
                .ratePlan(RatePlanBody.standard("draft").in("drafts")).org();

        Api.Response monetized = api.get(mint(org) + "/products").expectStatus(200);
        Api.Response all = api.get(mint(org) + "/products?monetized=false&all=true").expectStatus(200);
        Api.Response page = api.get(mint(org) + "/products?monetized=false&size=2&page=2").expectStatus(200);

        assertThat(monetized.listField("product", "id")).containsExactly("phpunit");
        assertThat(monetized.json().get("totalRecords").asInt()).isEqualTo(1);
        assertThat(all.listField("product", "id")).containsExactly("draft-only", "loose", "phpunit");
        assertThat(page.listField("product", "id")).containsExactly("phpunit");
        assertThat(page.json().get("totalRecords").asInt()).isEqualTo(3);
        assertThat(api.get(mint(scenario.organization().org()) + "/products").json().toString())
                .isEqualTo("{\"product\":[],\"totalRecords\":0}");
    }

    @Test
    void shouldAnswerNotFoundForUnknownProductOrOrganization() {
        String org = scenario.organization().org();

        Api.Response response = api.get(mint(org) + "/products/nope").expectError(404, "mint.resourceDoesNotExist");

        assertThat(response.json().get("message").asString()).isEqualTo("Product with id [nope] does not exist");
        api.get(mint("no-such-org") + "/products").expectError(404, "mint.resourceDoesNotExist");
        api.get(mint(org) + "/products?size=0").expectError(400, "mint.invalidRequest");
    }
}
