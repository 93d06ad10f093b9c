package org.openmint.organization;

import java.util.List;

/** The {@code properties} of a core Edge organization: {@code {"property": [{"name", "value"}, ...]}}. */
record OrganizationProperties(List<OrganizationProperty> property) {
}
