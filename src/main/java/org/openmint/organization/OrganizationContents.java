package org.openmint.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What still lives in an organization: every table whose foreign key points at {@code organizations}
 * (developers, companies, API products, packages, currencies, providers, and whatever is added later) is
 * asked whether it holds a row of the organization. The organization's own lists (addresses, environments,
 * properties, pods) go with it and do not count.
 */
@Component
class OrganizationContents {

    private static final Set<String> OWN_TABLES = Set.of("organization_addresses", "organization_environments",
            "organization_properties", "organization_pods");

    /** How the tables read in a message; the others by their name without underscores. */
    private static final Map<String, String> NAMES = Map.of("developers", "developers or companies",
            "api_products", "API products", "monetization_packages", "API packages");

    private final JdbcClient jdbc;

    OrganizationContents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the organization still holds, in words ({@code developers or companies}, ...); empty when nothing. */
    List<String> heldBy(String org) {
        List<ForeignKey> keys = jdbc.sql("""
                SELECT c.conrelid::regclass::text AS referencing, a.attname AS org_column
                FROM pg_constraint c
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                WHERE c.contype = 'f' AND c.confrelid = 'organizations'::regclass
                ORDER BY 1""").query((row, n) -> new ForeignKey(row.getString(1), row.getString(2))).list();
        List<String> held = new ArrayList<>();
        for (ForeignKey key : keys) {
            if (OWN_TABLES.contains(key.referencing())) {
                continue;
            }
            // names from the catalog, not from the request
            boolean any = jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + key.referencing() + " WHERE "
                    + quoted(key.orgColumn()) + " = ?)").param(org).query(Boolean.class).single();
            if (any) {
                held.add(NAMES.getOrDefault(key.referencing(), key.referencing().replace('_', ' ')));
            }
        }
        return held;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    record ForeignKey(String referencing, String orgColumn) {
    }
}
