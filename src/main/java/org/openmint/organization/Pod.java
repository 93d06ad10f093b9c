package org.openmint.organization;

/** A pod of the emulated planet, as {@code GET /v1/organizations/{org}/pods} lists it. */
record Pod(String name, String region) {
}
