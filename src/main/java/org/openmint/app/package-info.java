/** Developer and company apps of the core Edge API: their names, attributes, API products and credentials. */
package org.openmint.app;
