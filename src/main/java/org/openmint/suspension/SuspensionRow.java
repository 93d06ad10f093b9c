package org.openmint.suspension;

import java.time.Instant;

/** The suspension of one account for one reason, its currencies merged: since when it has held. */
record SuspensionRow(String developerId, String reasonCode, Instant createdAt) {
}
