/**
 * The monetization catalog: API packages of products, their rate plans with rate card details, the
 * mint view of products, and the pricing of usage by a rate plan detail (spec §9.1, §9.2, §8.1).
 */
package org.openmint.catalog;
