package org.openmint.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One detail of a rate plan, everything needed to price usage with it (spec §9.2): how it meters
 * ({@code meteringType}), what it counts ({@code ratingParameter}: transactions, or custom attribute
 * {@code customAttribute} 1..10), the free units and the rate card bands in {@code startUnit} order.
 *
 * @param productId the product this detail is specific to, or null when it applies to every product of the package
 * @param customAttribute n of {@code MINT_CUSTOM_ATTRIBUTE_n} when the detail rates on a custom attribute, else 0
 * @param freemiumUnit units free of charge, counted from the start of the counter
 * @param rates the rate card bands ({@code RATECARD} rates), contiguous from unit 0; the last one is open
 * @param revenueShares the revenue share bands ({@code REVSHARE} rates, in percent)
 */
public record RatePlanDetail(
        String id,
        Type type,
        MeteringType meteringType,
        String ratingParameter,
        int customAttribute,
        String productId,
        String currencyId,
        Integer duration,
        String durationType,
        long freemiumUnit,
        Integer freemiumDuration,
        String freemiumDurationType,
        boolean aggregateFreemiumCounters,
        boolean aggregateStandardCounters,
        List<Band> rates,
        List<Band> revenueShares) {

    /** The rating parameter of a detail that counts transactions. */
    public static final String VOLUME = "VOLUME";

    /** A detail as pricing reads it; a detail without free units takes the plan's. */
    static RatePlanDetail from(RatePlanDetailEntity entity, Long planFreemiumUnit) {
        RatePlanEntity.DetailFields d = entity.fields();
        List<String> rateIds = entity.rateIds();
        List<Band> rates = new ArrayList<>();
        List<Band> shares = new ArrayList<>();
        for (int i = 0; i < d.rates().size(); i++) {
            RatePlanEntity.RateFields rate = d.rates().get(i);
            if (rate.type().equals("RATECARD")) {
                rates.add(new Band(rateIds.get(i), rate.startUnit(), rate.endUnit(), rate.rate()));
            } else {
                shares.add(new Band(rateIds.get(i), rate.startUnit(), rate.endUnit(), rate.revshare()));
            }
        }
        rates.sort(Comparator.comparingLong(Band::startUnit));
        shares.sort(Comparator.comparingLong(Band::startUnit));
        long freemium = d.freemiumUnit() == 0 && planFreemiumUnit != null ? planFreemiumUnit : d.freemiumUnit();
        return new RatePlanDetail(entity.id(), Type.valueOf(d.type()), MeteringType.valueOf(d.meteringType()),
                d.ratingParameter(), d.customAttribute() == null ? 0 : d.customAttribute(), d.productId(),
                d.currencyId(), d.duration(), d.durationType(), freemium, d.freemiumDuration(),
                d.freemiumDurationType(), d.aggregateFreemiumCounters(), d.aggregateStandardCounters(),
                List.copyOf(rates), List.copyOf(shares));
    }

    /** Whether the units are transactions ({@code VOLUME}) rather than a custom attribute. */
    public boolean ratesOnVolume() {
        return customAttribute == 0;
    }

    /** The revenue model of a detail. */
    public enum Type {
        REVSHARE,
        RATECARD,
        REVSHARE_RATECARD,
        USAGE_TARGET
    }

    /**
     * How a rate card charges: {@code UNIT} a flat rate per unit, {@code VOLUME} each unit at the rate of
     * its band, {@code STAIR_STEP} a fixed price per band entered, {@code DEV_SPECIFIC} nothing here.
     */
    public enum MeteringType {
        UNIT,
        VOLUME,
        STAIR_STEP,
        DEV_SPECIFIC
    }

    /**
     * A band of units from {@code startUnit} (inclusive) to {@code endUnit} (exclusive; null when open) and
     * its rate: money per unit (or per band for stair steps), or a percentage for revenue shares.
     */
    public record Band(String id, long startUnit, Long endUnit, BigDecimal rate) {
    }
}
