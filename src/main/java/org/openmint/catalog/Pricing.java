package org.openmint.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.openmint.money.Money;

/**
 * Prices usage by a rate plan detail's rate card (spec §8.1). Units are counted on a counter that starts
 * at 0 for the detail's counting period; a charge of {@code units} moves it from {@code unitsSoFar} to
 * {@code unitsSoFar + units}. Units may be fractional (custom attribute values). Band {@code i} covers
 * {@code [startUnit_i, startUnit_{i+1})}, the last band is open whatever its {@code endUnit}. The first
 * {@code freemiumUnit} units of the counter are free and still count toward the bands.
 * <ul>
 *   <li>{@code VOLUME}: each chargeable unit at the rate of the band it falls in;</li>
 *   <li>{@code UNIT}: every chargeable unit at the rate of the band in which the chargeable units start
 *       (with a single band, its rate);</li>
 *   <li>{@code STAIR_STEP}: the band's rate, once, as the counter enters the chargeable part of a band;</li>
 *   <li>{@code DEV_SPECIFIC}, or no rate card bands (revenue share only): nothing.</li>
 * </ul>
 * The sum is rounded once, HALF_EVEN to 4 decimals.
 */
public final class Pricing {

    private Pricing() {
    }

    /**
     * Whether the price of some units depends on how many the counter already holds: false for a
     * detail without bands, without free units and with one band from 0 (UNIT or VOLUME), or
     * DEV_SPECIFIC, whose price {@link #price} gives for any counter.
     */
    public static boolean dependsOnCounter(RatePlanDetail detail) {
        List<RatePlanDetail.Band> bands = detail.rates();
        if (bands.isEmpty() || detail.meteringType() == RatePlanDetail.MeteringType.DEV_SPECIFIC) {
            return false;
        }
        boolean flat = bands.size() == 1 && bands.get(0).startUnit() == 0
                && (detail.meteringType() == RatePlanDetail.MeteringType.UNIT
                        || detail.meteringType() == RatePlanDetail.MeteringType.VOLUME);
        return !flat || detail.freemiumUnit() > 0;
    }

    /**
     * The price of {@code units} more units on a counter already at {@code unitsSoFar}.
     *
     * @throws IllegalArgumentException when {@code unitsSoFar} or {@code units} is null or negative
     */
    public static BigDecimal price(RatePlanDetail detail, BigDecimal unitsSoFar, BigDecimal units) {
        if (unitsSoFar == null || units == null || unitsSoFar.signum() < 0 || units.signum() < 0) {
            throw new IllegalArgumentException("Units must be zero or more: " + unitsSoFar + ", " + units);
        }
        List<RatePlanDetail.Band> bands = detail.rates();
        if (bands.isEmpty() || units.signum() == 0) {
            return Money.ZERO;
        }
        BigDecimal end = unitsSoFar.add(units);
        BigDecimal from = unitsSoFar.max(BigDecimal.valueOf(detail.freemiumUnit()));
        if (from.compareTo(end) >= 0) {
            return Money.ZERO;
        }
        BigDecimal total = switch (detail.meteringType()) {
            case VOLUME -> volume(bands, from, end);
            case UNIT -> end.subtract(from).multiply(bands.get(bandAt(bands, from)).rate());
            case STAIR_STEP -> stairSteps(bands, from, end, BigDecimal.valueOf(detail.freemiumUnit()));
            case DEV_SPECIFIC -> BigDecimal.ZERO;
        };
        return Money.round(total);
    }

    private static BigDecimal volume(List<RatePlanDetail.Band> bands, BigDecimal from, BigDecimal end) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal low = from.max(BigDecimal.valueOf(bands.get(i).startUnit()));
            BigDecimal high = i + 1 < bands.size() ? end.min(BigDecimal.valueOf(bands.get(i + 1).startUnit())) : end;
            if (high.compareTo(low) > 0) {
                total = total.add(high.subtract(low).multiply(bands.get(i).rate()));
            }
        }
        return total;
    }

    private static BigDecimal stairSteps(List<RatePlanDetail.Band> bands, BigDecimal from, BigDecimal end,
            BigDecimal freemium) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal entry = freemium.max(BigDecimal.valueOf(bands.get(i).startUnit()));
            boolean inBand = i + 1 == bands.size()
                    || entry.compareTo(BigDecimal.valueOf(bands.get(i + 1).startUnit())) < 0;
            if (inBand && entry.compareTo(from) >= 0 && entry.compareTo(end) < 0) {
                total = total.add(bands.get(i).rate());
            }
        }
        return total;
    }

    /** The index of the band that holds counter position {@code position}. */
    private static int bandAt(List<RatePlanDetail.Band> bands, BigDecimal position) {
        int index = 0;
        for (int i = 1; i < bands.size(); i++) {
            if (position.compareTo(BigDecimal.valueOf(bands.get(i).startUnit())) >= 0) {
                index = i;
            }
        }
        return index;
    }
}
