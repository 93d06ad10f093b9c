package org.openmint.category;

/**
 * The body of a role create (spec §14.2): {@code name}, {@code description} and the organization by id, as
 * Apigee's PHP client sends them; an {@code id}, when given, must be the name.
 */
record DeveloperRoleRequest(String id, String name, String description, OrganizationRef organization) {

    /** A reference to an organization: {@code {"id": "..."}}. */
    record OrganizationRef(String id) {
    }
}
