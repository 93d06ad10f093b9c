/** Who may call the API: HTTP Basic, the system administrator, BCrypt password hashes. */
package org.openmint.security;
