package org.openmint.developer;

import java.util.List;

/** The expanded list of core Edge companies: {@code {"company": [...]}}. */
record Companies(List<CompanyResponse> company) {
}
