package org.openmint.developer;

import java.util.List;

/** A page of developers in the mint view: {@code {"developer": [...], "totalRecords": n}}. */
record MintDevelopers(List<MintDeveloper> developer, long totalRecords) {
}
