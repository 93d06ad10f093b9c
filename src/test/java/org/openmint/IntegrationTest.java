package org.openmint;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the tests that run the whole service on a random port against a real PostgreSQL and
 * talk to it over HTTP as a client would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
public abstract class IntegrationTest {

    public static final String ADMIN = "admin@example.com";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    @LocalServerPort
    private int port;

    protected Api api;

    @BeforeEach
    void setUpApi() {
        api = new Api("http://localhost:" + port, ADMIN, ADMIN_PASSWORD);
    }

    /** A new organization with a unique name, created through the API. */
    protected String newOrganization() {
        String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
        api.put("/v1/mint/organizations/" + org, """
                {"name": "Test organization %s", "timezone": "UTC"}""".formatted(org)).expectStatus(201);
        return org;
    }

    /** Registers a developer through the core Edge API; {@code billingType} null leaves MINT_BILLING_TYPE unset. */
    protected String registerDeveloper(String org, String billingType) {
        String email = "dev-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String attributes = billingType == null
                ? "[]"
                : "[{\"name\": \"MINT_BILLING_TYPE\", \"value\": \"" + billingType + "\"}]";
        api.post("/v1/organizations/" + org + "/developers", """
                {"email": "%s", "firstName": "Dev", "lastName": "Eloper", "userName": "%s", "attributes": %s}"""
                .formatted(email, email.substring(0, email.indexOf('@')), attributes)).expectStatus(201);
        return email;
    }

    /** Registers a company through the core Edge API. */
    protected String registerCompany(String org, String billingType) {
        String name = "company-" + UUID.randomUUID().toString().substring(0, 8);
        String attributes = billingType == null
                ? "[]"
                : "[{\"name\": \"MINT_BILLING_TYPE\", \"value\": \"" + billingType + "\"}]";
        api.post("/v1/organizations/" + org + "/companies", """
                {"name": "%s", "displayName": "%s", "attributes": %s}""".formatted(name, name, attributes))
                .expectStatus(201);
        return name;
    }

    /** Adds an ACTIVE currency with the given ISO code to the organization. */
    protected void newCurrency(String org, String code) {
        api.post("/v1/mint/organizations/" + org + "/supported-currencies", """
                {"name": "%s", "displayName": "%s", "description": "%s currency",
                 "organization": {"id": "%s"}, "status": "ACTIVE", "virtualCurrency": false}"""
                .formatted(code, code, code, org)).expectStatus(201);
    }
}
