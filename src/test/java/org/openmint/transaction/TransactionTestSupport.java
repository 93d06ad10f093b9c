package org.openmint.transaction;

import org.openmint.IntegrationTest;

/** Builds the catalog a transaction needs over HTTP: a product, a package and a published rate plan. */
abstract class TransactionTestSupport extends IntegrationTest {

    static String mint(String org) {
        return "/v1/mint/organizations/" + org;
    }

    /**
     * A new organization in USD whose package holds the product, priced by a published VOLUME plan at
     * 1 USD a call with this setup fee.
     */
    protected String organizationWithPlan(String product, String packageId, String planId, String setUpFee) {
        String org = newOrganization();
        newCurrency(org, "USD");
        newProductAndPackage(org, product, packageId, "[]");
        newPlan(org, packageId, planId, "VOLUME", "1", setUpFee);
        return org;
    }

    /** A product with these attributes (JSON array text), a package holding it. */
    protected void newProductAndPackage(String org, String product, String packageId, String attributes) {
        api.post("/v1/organizations/" + org + "/apiproducts", """
                {"name": "%s", "displayName": "%s", "description": "test product", "approvalType": "auto",
                 "attributes": %s}""".formatted(product, product, attributes)).expectStatus(201);
        api.post(mint(org) + "/monetization-packages", """
                {"id": "%s", "name": "%s", "displayName": "%s", "description": "test package",
                 "organization": {"id": "%s"}, "product": [{"id": "%s"}], "status": "CREATED"}"""
                .formatted(packageId, packageId, packageId, org, product)).expectStatus(201);
    }

    /**
     * A published STANDARD plan of the package in USD that started in 2026, rating {@code ratingParameter}
     * with one flat band at {@code rate}, and this setup fee.
     */
    protected void newPlan(String org, String packageId, String planId, String ratingParameter, String rate,
            String setUpFee) {
        api.post(mint(org) + "/monetization-packages/" + packageId + "/rate-plans", """
                {"id": "%s", "name": "%s", "displayName": "%s", "description": "test plan", "type": "STANDARD",
                 "published": true, "isPrivate": false, "startDate": "2026-01-01 00:00:00",
                 "currency": {"id": "usd"}, "monetizationPackage": {"id": "%s"}, "organization": {"id": "%s"},
                 "setUpFee": %s, "recurringFee": 0, "frequencyDuration": 1, "frequencyDurationType": "MONTH",
                 "paymentDueDays": "30", "advance": false, "prorate": false,
                 "ratePlanDetails": [{"type": "RATECARD", "meteringType": "UNIT", "ratingParameter": "%s",
                   "duration": 1, "durationType": "MONTH", "freemiumUnit": 0, "currency": {"id": "usd"},
                   "organization": {"id": "%s"}, "paymentDueDays": "30",
                   "ratePlanRates": [{"type": "RATECARD", "startUnit": 0, "rate": %s}]}]}"""
                .formatted(planId, planId, planId, packageId, org, setUpFee, ratingParameter, org, rate))
                .expectStatus(201);
    }

    /** A developer app of the developer with this product; returns its appId. */
    protected String newApp(String org, String developer, String product) {
        return api.post("/v1/organizations/" + org + "/developers/" + developer + "/apps", """
                {"name": "app-%s", "apiProducts": ["%s"], "callbackUrl": "http://example.com"}"""
                .formatted(product, product)).expectStatus(201).json().get("appId").asString();
    }

    protected void reload(String org, String developer, String amount) {
        api.post(mint(org) + "/developers/" + developer + "/developer-balances",
                "{\"amount\": " + amount + ", \"supportedCurrency\": {\"id\": \"usd\"}}").expectStatus(200);
    }

    /** A prepaid developer with the legal name and address that accepting a plan needs. */
    protected String developerWithLegalDetails(String org, String email) {
        api.post("/v1/organizations/" + org + "/developers",
                """
                        {"email": "%s", "firstName": "Migrated", "lastName": "Developer", "userName": "%s",
                         "attributes": [{"name": "MINT_BILLING_TYPE", "value": "PREPAID"},
                                        {"name": "MINT_DEVELOPER_LEGAL_NAME", "value": "Migrated Developer Ltd"},
                                        {"name": "MINT_DEVELOPER_ADDRESS", "value": "{\\"address1\\":\\"5 Code Road\\",\\"city\\":\\"London\\",\\"country\\":\\"UK\\",\\"isPrimary\\":\\"true\\",\\"state\\":\\"London\\",\\"zip\\":\\"SW1W 123\\"}"}]}"""
                        .formatted(email, email.substring(0, email.indexOf('@'))))
                .expectStatus(201);
        return email;
    }
}
