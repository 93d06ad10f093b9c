/**
 * Test data made over the HTTP API in one place: {@link org.openmint.scenario.Scenario} creates an
 * organization and what lives in it, the {@code *Body} builders write the request bodies it (and the
 * tests' own requests) send.
 */
package org.openmint.scenario;
