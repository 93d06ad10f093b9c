package org.openmint.tnc;

import java.util.List;

/** A page of terms and conditions: {@code {"tnc": [...], "totalRecords": n}}. */
record Tncs(List<Tnc> tnc, long totalRecords) {
}
