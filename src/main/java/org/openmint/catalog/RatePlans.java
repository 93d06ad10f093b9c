package org.openmint.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A page of rate plans ({@code GET .../rate-plans}, spec §9.2), the count under both names clients read.
 *
 * @param totalRecords how many there are in all pages
 * @param total the same count
 */
@JsonPropertyOrder({"ratePlan", "totalRecords", "total"})
record RatePlans(List<RatePlanView> ratePlan, long totalRecords, long total) {

    RatePlans(List<RatePlanView> ratePlan, long total) {
        this(ratePlan, total, total);
    }
}
