/** Organization users: emulator-only accounts ({@code /emulator/users}) granted roles in organizations. */
package org.openmint.user;
