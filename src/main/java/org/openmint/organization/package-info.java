/**
 * Organizations: the core Edge resource (Part III §21.1: display name, type, environments, properties, pods)
 * and its monetization profile (spec §2), one organization whichever API created it.
 */
package org.openmint.organization;
