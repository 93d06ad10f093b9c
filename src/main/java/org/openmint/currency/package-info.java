/** An organization's supported currencies, with their credit limits and minimum top-ups (spec §3). */
package org.openmint.currency;
