package org.openmint.developer;

import java.util.List;

/** The expanded list of core Edge developers: {@code {"developer": [...]}}. */
record Developers(List<DeveloperResponse> developer) {
}
