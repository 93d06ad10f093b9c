-- Suspended developers and companies (spec §10, Part I #15): one row per (account, reason, currency)
-- that suspends it; an account is suspended while any of its rows exists. INSUFFICIENT_FUNDS rows
-- come and go with the balance of their currency; DELETE /suspended-developers/{id} removes them all.

CREATE TABLE suspensions (
    org_id       VARCHAR(255) NOT NULL,
    developer_id UUID         NOT NULL,
    reason_code  VARCHAR(64)  NOT NULL,
    currency_id  VARCHAR(255) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    -- also serves the lookups by account (isSuspended, GET and DELETE one) and the foreign key to developers
    CONSTRAINT pk_suspensions PRIMARY KEY (org_id, developer_id, reason_code, currency_id),
    -- a suspension is derived state: it goes with its account
    CONSTRAINT fk_suspensions_developer FOREIGN KEY (org_id, developer_id)
        REFERENCES developers (org_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_suspensions_currency FOREIGN KEY (org_id, currency_id)
        REFERENCES supported_currencies (org_id, id),
    CONSTRAINT ck_suspensions_reason CHECK (reason_code IN
        ('INSUFFICIENT_FUNDS', 'LIMIT_VIOLATED', 'RATE_PLAN_RATE_BAND_EXCEEDED', 'NO_CURRENT_PUBLISHABLE_ENTITY'))
);

CREATE INDEX ix_suspensions_currency ON suspensions (org_id, currency_id);
