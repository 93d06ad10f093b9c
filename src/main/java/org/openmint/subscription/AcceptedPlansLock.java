package org.openmint.subscription;

import org.openmint.developer.DeveloperAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs changes to one account's accepted plans one after the other, so that two acceptances cannot
 * both miss their overlap: a transaction-scoped PostgreSQL advisory lock per account.
 */
@Component
class AcceptedPlansLock {

    private final JdbcClient jdbc;

    AcceptedPlansLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for and holds the account's lock until the current transaction ends. */
    void lock(DeveloperAccount account) {
        jdbc.sql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) locked")
                .param("accepted_rate_plans:" + account.org() + ":" + account.id())
                .query(Long.class).single();
    }
}
