package org.openmint.subscription;

import java.util.List;

/**
 * A page of an account's accepted plans ({@code GET .../developer-accepted-rateplans}, spec §9.3).
 *
 * @param totalRecords how many there are in all pages
 */
record DeveloperRatePlans(List<DeveloperRatePlan> developerRatePlan, long totalRecords) {
}
