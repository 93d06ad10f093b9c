package org.openmint.user;

/** An organization user's password or roles changed, or the user was deleted. */
public record UserChangedEvent(String username) {
}
