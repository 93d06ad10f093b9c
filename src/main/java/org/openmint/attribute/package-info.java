/**
 * The custom attributes ({@code {"name": ..., "value": ...}}) of developers, companies, apps and API products:
 * the one attribute type, the checks every attribute list passes before it is stored, and lookups by name.
 */
package org.openmint.attribute;
