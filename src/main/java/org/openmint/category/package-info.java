/**
 * Developer categories and developer roles of an organization (spec Part III §14): what an account's
 * {@code MINT_DEVELOPER_CATEGORY} and {@code MINT_ROLES} attributes name.
 */
package org.openmint.category;
