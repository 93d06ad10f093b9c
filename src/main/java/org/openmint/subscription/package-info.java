/**
 * Accepted rate plans (spec §9.3): developers and companies accepting (purchasing) published rate
 * plans, the fees charged when a plan starts on the day it is accepted, and the plan in effect that
 * prices an account's usage of a product.
 */
package org.openmint.subscription;
