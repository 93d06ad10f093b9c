package org.openmint;

import org.junit.jupiter.api.BeforeEach;
import org.openmint.scenario.Scenario;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the tests that run the whole service on a random port against a real PostgreSQL and
 * talk to it over HTTP as a client would; {@link #scenario} makes their data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
public abstract class IntegrationTestSupport {

    public static final String ADMIN = "admin@example.com";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    @LocalServerPort
    private int port;

    /** The service, as the system administrator. */
    protected Api api;
    /** Makes data through {@link #api}. */
    protected Scenario scenario;

    @BeforeEach
    void setUpApi() {
        api = new Api("http://localhost:" + port, ADMIN, ADMIN_PASSWORD);
        scenario = Scenario.on(api);
    }
}
