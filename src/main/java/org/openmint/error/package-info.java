/** The spec's error codes and the exceptions that carry them; no HTTP here. */
package org.openmint.error;
