/**
 * The custom attributes ({@code {"name": ..., "value": ...}}) of developers, companies, apps and API products:
 * the one attribute type, the checks every attribute list passes before it is stored, lookups and changes by
 * name, and the bodies of the {@code /attributes} endpoints.
 */
package org.openmint.attribute;
