package org.openmint.organization;

import java.util.List;

/** The expanded list of core Edge organizations: {@code {"organization": [...]}}. */
record EdgeOrganizations(List<EdgeOrganization> organization) {
}
