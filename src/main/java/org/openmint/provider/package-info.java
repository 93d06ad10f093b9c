/** Payment providers that carry out automatic reloads (spec §6.5). */
package org.openmint.provider;
