package org.openmint.app;

import java.util.List;

/** The expanded list of an owner's apps: {@code {"app": [...]}}. */
record Apps(List<AppResponse> app) {
}
