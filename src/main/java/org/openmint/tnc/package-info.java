/**
 * Terms and conditions of an organization and their acceptance and decline by developers and companies (spec
 * §13): recorded and listed, never enforced (spec Part I #21).
 */
package org.openmint.tnc;
