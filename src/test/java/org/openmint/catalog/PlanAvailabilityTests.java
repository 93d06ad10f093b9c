package org.openmint.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openmint.developer.DeveloperAccount;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule of spec §15.2, on its own: who a plan is for, and when it may be bought. */
class PlanAvailabilityTests {

    private static final ZoneId EUCLA = ZoneId.of("Australia/Eucla");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    private static final DeveloperAccount DEVELOPER = new DeveloperAccount("org",
            "7c9e6679-7425-40de-944b-e07fc1f90ae7",
            "dev@example.com", "Dev", false, "PREPAID", "ACTIVE", "Legal", true, "gold");
    private static final DeveloperAccount COMPANY = new DeveloperAccount("org", "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
            "org###acme@APIGEE-GEN.FOR-COMPANY", "acme", true, "PREPAID", "ACTIVE", null, false, null);

    private static RatePlan plan(RatePlan.Type type, String developer, String category, boolean published,
            boolean isPrivate, String start, String end) {
        return new RatePlan("p", "p", "p", "pkg", List.of("product"), type, developer, category, published, isPrivate,
                at(start), end == null ? null : at(end), "usd", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                false, false, null, null, "CALENDAR", null, null, null, "30", null, List.of());
    }

    private static RatePlan standard(String start, String end) {
        return plan(RatePlan.Type.STANDARD, null, null, true, false, start, end);
    }

    /** Midnight of this day in the organization's zone. */
    private static Instant at(String day) {
        return LocalDate.parse(day).atStartOfDay(EUCLA).toInstant();
    }

    @Test
    void shouldOfferPublishedPublicPlansThatHaveNotEnded() {
        assertThat(PlanAvailability.availableTo(standard("2018-08-01", null), DEVELOPER, TODAY, EUCLA, true)).isTrue();
        assertThat(PlanAvailability.availableTo(plan(RatePlan.Type.STANDARD, null, null, false, false, "2018-08-01",
                null), DEVELOPER, TODAY, EUCLA, false)).isFalse();
        assertThat(PlanAvailability.availableTo(plan(RatePlan.Type.STANDARD, null, null, true, true, "2018-08-01",
                null), DEVELOPER, TODAY, EUCLA, false)).isFalse();
        assertThat(PlanAvailability.availableTo(standard("2018-08-01", "2026-12-08"), DEVELOPER, TODAY, EUCLA, true))
                .as("the end day is the plan's last day").isTrue();
        assertThat(PlanAvailability.availableTo(standard("2018-08-01", "2026-12-07"), DEVELOPER, TODAY, EUCLA, false))
                .isFalse();
        assertThat(PlanAvailability.availableTo(standard("2026-12-09", null), DEVELOPER, TODAY, EUCLA, false))
                .isTrue();
        assertThat(PlanAvailability.availableTo(standard("2026-12-09", null), DEVELOPER, TODAY, EUCLA, true))
                .as("a plan that starts tomorrow is not current").isFalse();
        assertThat(PlanAvailability.availableTo(standard("2026-12-08", null), DEVELOPER, TODAY, EUCLA, true))
                .isTrue();
    }

    @Test
    void shouldOfferDeveloperAndCategoryPlansToTheirAudienceOnly() {
        RatePlan byEmail = plan(RatePlan.Type.DEVELOPER, "DEV@example.com", null, true, false, "2018-08-01", null);
        RatePlan byId = plan(RatePlan.Type.DEVELOPER, DEVELOPER.id(), null, true, false, "2018-08-01", null);
        RatePlan forCompany = plan(RatePlan.Type.DEVELOPER, "ACME", null, true, false, "2018-08-01", null);
        RatePlan gold = plan(RatePlan.Type.DEVELOPER_CATEGORY, null, "gold", true, false, "2018-08-01", null);

        assertThat(PlanAvailability.isFor(byEmail, DEVELOPER)).isTrue();
        assertThat(PlanAvailability.isFor(byId, DEVELOPER)).isTrue();
        assertThat(PlanAvailability.isFor(byEmail, COMPANY)).isFalse();
        assertThat(PlanAvailability.isFor(forCompany, COMPANY)).isTrue();
        assertThat(PlanAvailability.isFor(forCompany, DEVELOPER)).isFalse();
        assertThat(PlanAvailability.isFor(gold, DEVELOPER)).isTrue();
        assertThat(PlanAvailability.isFor(gold, COMPANY)).isFalse();
        assertThat(PlanAvailability.availableTo(forCompany, COMPANY, TODAY, EUCLA, true)).isTrue();
        assertThat(PlanAvailability.availableTo(gold, COMPANY, TODAY, EUCLA, true)).isFalse();
    }
}
