package org.openmint.category;

import java.util.List;

/** A page of developer roles: {@code {"developerRole": [...], "totalRecords": n}}. */
record DeveloperRoles(List<DeveloperRole> developerRole, long totalRecords) {
}
