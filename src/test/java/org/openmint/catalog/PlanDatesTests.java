package org.openmint.catalog;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openmint.error.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanDatesTests {

    private static final ZoneId EUCLA = ZoneId.of("Australia/Eucla");

    @Test
    void shouldReadDatesInTheOrganizationZone() {
        assertThat(PlanDates.parse("startDate", "2026-12-01 08:45:00", EUCLA))
                .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(PlanDates.parse("startDate", "2026-12-01", EUCLA)).isEqualTo(Instant.parse("2026-11-30T15:15:00Z"));
        assertThat(PlanDates.parse("startDate", " 2026-12-01 ", ZoneId.of("UTC")))
                .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(PlanDates.parse("endDate", null, EUCLA)).isNull();
        assertThat(PlanDates.parse("endDate", "", EUCLA)).isNull();
    }

    @Test
    void shouldWriteDatesInTheOrganizationZone() {
        assertThat(PlanDates.format(Instant.parse("2026-12-01T00:00:00Z"), EUCLA)).isEqualTo("2026-12-01 08:45:00");
        assertThat(PlanDates.format(Instant.parse("2026-12-01T00:00:00Z"), ZoneId.of("UTC")))
                .isEqualTo("2026-12-01 00:00:00");
        assertThat(PlanDates.format(null, EUCLA)).isNull();
    }

    @Test
    void shouldRefuseOtherFormatsWhenParsing() {
        for (String bad : new String[]{"2026-02-30", "2026-12-01T00:00:00", "2026-12-01 24:00:00", "01/12/2026",
                "2026-12-01 8:45:00", "tomorrow"}) {
            assertThatThrownBy(() -> PlanDates.parse("startDate", bad, EUCLA)).as(bad)
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("startDate");
        }
    }
}
