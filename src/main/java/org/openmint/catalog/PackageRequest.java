package org.openmint.catalog;

import java.util.List;

/**
 * The body of an API package create (spec §9.1); {@code id} defaults to the name in lower case with
 * spaces as dashes, as Apigee makes them.
 */
record PackageRequest(
        String id,
        String name,
        String displayName,
        String description,
        RatePlanView.Ref organization,
        List<RatePlanView.Ref> product,
        String status) {
}
