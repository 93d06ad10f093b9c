package org.openmint.subscription;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.openmint.catalog.RatePlanView;

/**
 * A page of the rate plans an account is on now ({@code GET .../developer-rateplans}, spec §9.3).
 *
 * @param total how many there are in all pages
 * @param totalRecords the same count, under the name the other lists use
 */
@JsonPropertyOrder({"ratePlan", "total", "totalRecords"})
record ActiveRatePlans(List<RatePlanView> ratePlan, int total, int totalRecords) {
}
