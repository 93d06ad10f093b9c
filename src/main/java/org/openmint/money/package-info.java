/** The Money rules: scale 4, HALF_EVEN, what an amount on the wire may be. */
package org.openmint.money;
