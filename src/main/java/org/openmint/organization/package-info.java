/** Monetization organizations and their profile (spec §2). */
package org.openmint.organization;
