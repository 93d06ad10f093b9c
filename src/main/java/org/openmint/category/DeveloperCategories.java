package org.openmint.category;

import java.util.List;

/** A page of developer categories: {@code {"developerCategory": [...], "totalRecords": n}}. */
record DeveloperCategories(List<DeveloperCategory> developerCategory, long totalRecords) {
}
