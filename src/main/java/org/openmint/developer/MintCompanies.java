package org.openmint.developer;

import java.util.List;

/**
 * A page of companies in the mint view ({@code GET /v1/mint/organizations/{org}/companies}): each a mint
 * developer with {@code isCompany: true}, under the key the developers list uses, as Apigee's client reads the
 * first key of a list [INFERRED: no source shows this list's key].
 *
 * @param totalRecords how many there are in all pages
 */
record MintCompanies(List<MintDeveloper> developer, long totalRecords) {
}
