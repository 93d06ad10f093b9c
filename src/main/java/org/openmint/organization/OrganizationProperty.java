package org.openmint.organization;

/** One organization property of the core API: a name and a string value. */
record OrganizationProperty(String name, String value) {
}
