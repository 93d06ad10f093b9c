package org.openmint.tnc;

import java.util.List;

/** A T&C history: {@code {"developerTnc": [...], "totalRecords": n}}, newest first. */
record DeveloperTncs(List<DeveloperTnc> developerTnc, long totalRecords) {
}
