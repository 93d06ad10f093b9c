package org.openmint.product;

import java.util.List;

/** The expanded list of API products: {@code {"apiProduct": [...]}}. */
record ApiProducts(List<ApiProduct> apiProduct) {
}
