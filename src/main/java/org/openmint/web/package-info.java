/** Cross-cutting HTTP: the error body, paging, JSON settings. */
package org.openmint.web;
