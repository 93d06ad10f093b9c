/**
 * Who may call the API and what they may do: HTTP Basic for the system administrator and organization
 * users, BCrypt hashes, throttled failed logins, and per-organization authorization of every request.
 */
package org.openmint.security;
