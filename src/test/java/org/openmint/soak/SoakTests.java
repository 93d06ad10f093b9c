package org.openmint.soak;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openmint.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short soak of {@code ./mvnw verify}: the workload of {@code bench/soak} against the test
 * application for 15 seconds, 8 clients and 10 developers, then every invariant.
 */
class SoakTests extends IntegrationTestSupport {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void shouldKeepEveryInvariantUnderAShortSoak() throws Exception {
        SoakRun run = new SoakRun(new SoakRun.Settings("http://localhost:" + port, ADMIN, ADMIN_PASSWORD, 8, 10,
                Duration.ofSeconds(15), Duration.ofSeconds(20), 0.1, 0.05, 42));
        run.seed();
        run.run();

        SoakReport report = run.verify(jdbc);

        report.print(System.out);
        assertThat(report.violations()).isEmpty();
        assertThat(report.figures().get("5xx responses")).isEqualTo(0L);
        assertThat((Long) report.figures().get("acknowledged (2xx)")).isGreaterThan(100);
    }
}
