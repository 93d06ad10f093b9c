/** API products of the core Edge management API, with their attributes and their mint view (spec §9.1). */
package org.openmint.product;
