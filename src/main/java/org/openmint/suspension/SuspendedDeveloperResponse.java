package org.openmint.suspension;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A SuspendedDeveloper (spec §10.2), shaped like the example there: one account suspended for one reason,
 * for one product ({@code prodId} {@code {org}@@@{product}}) or, when it is on no product, for none
 * ({@code prodId} an explicit {@code null}, which is also what the {@code null} product segment of the
 * {@code id} pattern {@code {org}-{devId}-{prodId}-null-{REASON}} shows).
 *
 * @param creationDate when the suspension began, epoch milliseconds
 * @param devId {@code {org}@@@{developer id}}; for a company {@code {org}@@@{company name}}
 * @param ttlInSeconds seconds until it lifts by itself; an indefinite suspension is 2500 days
 */
record SuspendedDeveloperResponse(
        long creationDate,
        String devId,
        String id,
        String message,
        String orgId,
        @JsonInclude(JsonInclude.Include.ALWAYS) String prodId,
        String reasonCode,
        long ttlInSeconds) {

    /** 2500 days: what Apigee reports for a suspension without an end (spec §10.2). */
    static final long INDEFINITE_TTL_SECONDS = 2500L * 24 * 60 * 60;

    /** The indefinite suspension of the account known to mint as {@code developerKey}, for the row's product if any. */
    static SuspendedDeveloperResponse of(String org, String developerKey, SuspensionRow row) {
        String devId = org + "@@@" + developerKey;
        String prodId = row.productId() == null ? null : org + "@@@" + row.productId();
        String message = prodId == null
                ? "mint.developerSuspended for " + devId + " due to " + row.reasonCode()
                : "mint.productHasBeenSuspended for " + devId + " " + prodId + " due to " + row.reasonCode();
        return new SuspendedDeveloperResponse(row.createdAt().toEpochMilli(), devId,
                org + "-" + devId + "-" + prodId + "-null-" + row.reasonCode(), message, org, prodId,
                row.reasonCode(), INDEFINITE_TTL_SECONDS);
    }
}
