/** Which PostgreSQL OpenMint uses: the embedded one with its data directory, or the one configured. */
package org.openmint.database;
