package org.openmint.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PricingTests {

    /** Bands as startUnit, rate pairs; the last one open. */
    private static RatePlanDetail detail(RatePlanDetail.MeteringType metering, long freemium,
            Object... startsAndRates) {
        List<RatePlanDetail.Band> bands = new ArrayList<>();
        for (int i = 0; i < startsAndRates.length; i += 2) {
            Long end = i + 2 < startsAndRates.length ? ((Number) startsAndRates[i + 2]).longValue() : null;
            bands.add(new RatePlanDetail.Band("band-" + i, ((Number) startsAndRates[i]).longValue(), end,
                    new BigDecimal((String) startsAndRates[i + 1])));
        }
        return new RatePlanDetail("detail", RatePlanDetail.Type.RATECARD, metering, "VOLUME", 0, null, "usd", 1,
                "MONTH", freemium, 0, "MONTH", true, true, bands, List.of());
    }

    private static BigDecimal price(RatePlanDetail detail, String unitsSoFar, String units) {
        return Pricing.price(detail, new BigDecimal(unitsSoFar), new BigDecimal(units));
    }

    @Test
    void shouldChargeFlatRatePerUnitWhenMeteringIsUnit() {
        RatePlanDetail flat = detail(RatePlanDetail.MeteringType.UNIT, 0, 0, "1");

        assertThat(price(flat, "0", "50")).isEqualByComparingTo("50");
        assertThat(price(flat, "1000", "50")).isEqualByComparingTo("50");
        assertThat(price(detail(RatePlanDetail.MeteringType.UNIT, 0, 0, "1234.5"), "7", "2"))
                .isEqualByComparingTo("2469");
    }

    @Test
    void shouldPriceFractionalUnitsWhenAUnitIsACustomAttributeValue() {
        RatePlanDetail flat = detail(RatePlanDetail.MeteringType.UNIT, 0, 0, "1");
        BigDecimal units = new BigDecimal("125").multiply(new BigDecimal("0.1"));

        BigDecimal price = Pricing.price(flat, BigDecimal.ZERO, units);

        assertThat(price).isEqualByComparingTo("12.5");
        assertThat(price.scale()).isEqualTo(4);
        assertThat(price(detail(RatePlanDetail.MeteringType.VOLUME, 0, 0, "1"), "0", "12.5"))
                .isEqualByComparingTo("12.5");
    }

    @Test
    void shouldUseTheRateOfTheBandWhereChargeableUnitsStartWhenMeteringIsUnitWithBands() {
        RatePlanDetail banded = detail(RatePlanDetail.MeteringType.UNIT, 0, 0, "2", 100, "1");

        assertThat(price(banded, "0", "10")).isEqualByComparingTo("20");
        assertThat(price(banded, "95", "10")).isEqualByComparingTo("20");
        assertThat(price(banded, "100", "10")).isEqualByComparingTo("10");
    }

    @Test
    void shouldSplitUnitsAcrossBandsWhenMeteringIsVolume() {
        // The kickstart plan: 0-100 at 0.05, 100-10000 at 0.025, then 0.0125.
        RatePlanDetail volume = detail(RatePlanDetail.MeteringType.VOLUME, 0, 0, "0.05", 100, "0.025", 10000, "0.0125");

        assertThat(price(volume, "0", "100")).isEqualByComparingTo("5");
        assertThat(price(volume, "90", "20")).isEqualByComparingTo("0.75");
        assertThat(price(volume, "0", "10100")).isEqualByComparingTo("253.75");
        assertThat(price(volume, "9999", "2")).isEqualByComparingTo("0.0375");
        assertThat(price(volume, "2000000", "4")).isEqualByComparingTo("0.05");
    }

    @Test
    void shouldBeTheSameTotalWhetherChargedAtOnceOrUnitByUnit() {
        RatePlanDetail volume = detail(RatePlanDetail.MeteringType.VOLUME, 3, 0, "0.05", 100, "0.025", 10000, "0.0125");
        BigDecimal oneByOne = BigDecimal.ZERO;
        for (int i = 0; i < 250; i++) {
            oneByOne = oneByOne.add(price(volume, String.valueOf(i), "1"));
        }

        assertThat(oneByOne).isEqualByComparingTo(price(volume, "0", "250"));
        assertThat(oneByOne).isEqualByComparingTo("8.6");
    }

    @Test
    void shouldNotChargeFreemiumUnitsWhenTheCounterIsBelowTheFreemiumUnit() {
        RatePlanDetail freemium = detail(RatePlanDetail.MeteringType.UNIT, 5, 0, "1");

        assertThat(price(freemium, "0", "5")).isEqualByComparingTo("0");
        assertThat(price(freemium, "0", "8")).isEqualByComparingTo("3");
        assertThat(price(freemium, "3", "4")).isEqualByComparingTo("2");
        assertThat(price(freemium, "5", "4")).isEqualByComparingTo("4");
        assertThat(price(freemium, "4.5", "1")).isEqualByComparingTo("0.5");
    }

    @Test
    void shouldCountFreemiumUnitsTowardTheBandsWhenMeteringIsVolume() {
        RatePlanDetail volume = detail(RatePlanDetail.MeteringType.VOLUME, 150, 0, "1", 100, "0.5");

        assertThat(price(volume, "0", "150")).isEqualByComparingTo("0");
        assertThat(price(volume, "0", "160")).isEqualByComparingTo("5");
    }

    @Test
    void shouldChargeEachStairOnceWhenTheCounterEntersIt() {
        RatePlanDetail stairs = detail(RatePlanDetail.MeteringType.STAIR_STEP, 0, 0, "10", 100, "25", 1000, "100");

        assertThat(price(stairs, "0", "1")).isEqualByComparingTo("10");
        assertThat(price(stairs, "1", "98")).isEqualByComparingTo("0");
        assertThat(price(stairs, "99", "2")).isEqualByComparingTo("25");
        assertThat(price(stairs, "0", "2000")).isEqualByComparingTo("135");
    }

    @Test
    void shouldRoundOnceHalfEvenToFourDecimals() {
        RatePlanDetail tiny = detail(RatePlanDetail.MeteringType.UNIT, 0, 0, "0.0001");

        assertThat(price(tiny, "0", "0.5")).isEqualByComparingTo("0");
        assertThat(price(tiny, "0", "1.5")).isEqualByComparingTo("0.0002");
        assertThat(price(tiny, "0", "2.5")).isEqualByComparingTo("0.0002");
        RatePlanDetail split = detail(RatePlanDetail.MeteringType.VOLUME, 0, 0, "0.0001", 1, "0.0001");
        // Rounding each band first would give 0.0000 + 0.0000; rounding once gives 0.0001.
        assertThat(price(split, "0.5", "0.5")).isEqualByComparingTo("0");
        assertThat(price(split, "0.5", "1.0")).isEqualByComparingTo("0.0001");
    }

    @Test
    void shouldChargeNothingWithoutRateCardOrUnits() {
        RatePlanDetail revshareOnly = new RatePlanDetail("d", RatePlanDetail.Type.REVSHARE,
                RatePlanDetail.MeteringType.UNIT, "VOLUME", 0, null, "usd", 1, "MONTH", 0, 0, "MONTH", true, true,
                List.of(), List.of(new RatePlanDetail.Band("r", 0, null, new BigDecimal("10"))));

        assertThat(Pricing.price(revshareOnly, BigDecimal.ZERO, BigDecimal.TEN)).isEqualByComparingTo("0");
        assertThat(price(detail(RatePlanDetail.MeteringType.UNIT, 0, 0, "1"), "10", "0")).isEqualByComparingTo("0");
        assertThat(price(detail(RatePlanDetail.MeteringType.DEV_SPECIFIC, 0, 0, "1"), "0", "10"))
                .isEqualByComparingTo("0");
    }

    @Test
    void shouldRefuseNegativeUnits() {
        RatePlanDetail flat = detail(RatePlanDetail.MeteringType.UNIT, 0, 0, "1");

        assertThatIllegalArgumentException().isThrownBy(() -> price(flat, "0", "-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> price(flat, "-1", "1"));
        assertThatIllegalArgumentException().isThrownBy(() -> Pricing.price(flat, null, BigDecimal.ONE));
    }
}
