package org.openmint.suspension;

/** Why an account is suspended (spec §10.1); only {@link #INSUFFICIENT_FUNDS} is raised so far. */
enum SuspensionReason {
    /** A prepaid balance ran out or postpaid usage reached the credit limit. */
    INSUFFICIENT_FUNDS
}
