-- Prepaid balances and postpaid usage per (developer or company, currency), their closed billing
-- periods, the insert-only ledger under them (spec Part I #11-#17), idempotency keys and payment providers.

CREATE TABLE balances (
    org_id           VARCHAR(255)  NOT NULL,
    id               UUID          NOT NULL,
    developer_id     UUID          NOT NULL,
    currency_id      VARCHAR(255)  NOT NULL,
    -- the billing period (first day of a calendar month in the organization's timezone) of the figures below
    period_start     DATE          NOT NULL,
    -- prepaid remaining carried into the period; amount = opening + reloads
    opening          NUMERIC(19, 4) NOT NULL,
    reloads          NUMERIC(19, 4) NOT NULL,
    -- charges minus credits in the period
    usage            NUMERIC(19, 4) NOT NULL,
    -- postpaid: the developer's own credit limit in this currency (overrides the currency's)
    credit_limit     NUMERIC(19, 4),
    is_recurring     BOOLEAN       NOT NULL,
    charge_per_usage BOOLEAN       NOT NULL,
    provider_id      VARCHAR(255),
    recurring_amount NUMERIC(19, 4),
    replenish_amount NUMERIC(19, 4),
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    CONSTRAINT pk_balances PRIMARY KEY (org_id, id),
    CONSTRAINT uq_balances_developer_currency UNIQUE (org_id, developer_id, currency_id),
    CONSTRAINT fk_balances_currency FOREIGN KEY (org_id, currency_id) REFERENCES supported_currencies (org_id, id),
    CONSTRAINT fk_balances_developer FOREIGN KEY (org_id, developer_id) REFERENCES developers (org_id, id),
    CONSTRAINT ck_balances_credit_limit CHECK (credit_limit >= 0),
    CONSTRAINT ck_balances_recurring CHECK (recurring_amount > 0 AND replenish_amount >= 0)
);

CREATE INDEX ix_balances_currency ON balances (org_id, currency_id);

-- A balance's figures at the end of each billing period it closed (written when it rolls over).
CREATE TABLE balance_periods (
    org_id       VARCHAR(255)  NOT NULL,
    balance_id   UUID          NOT NULL,
    period_start DATE          NOT NULL,
    opening      NUMERIC(19, 4) NOT NULL,
    reloads      NUMERIC(19, 4) NOT NULL,
    usage        NUMERIC(19, 4) NOT NULL,
    CONSTRAINT pk_balance_periods PRIMARY KEY (org_id, balance_id, period_start),
    CONSTRAINT fk_balance_periods_balance FOREIGN KEY (org_id, balance_id) REFERENCES balances (org_id, id)
);

-- Every change of a balance's amount (reloads) or usage (charges, fees, credits): one row each, never changed.
CREATE TABLE ledger_entries (
    org_id          VARCHAR(255)  NOT NULL,
    id              UUID          NOT NULL,
    balance_id      UUID          NOT NULL,
    developer_id    UUID          NOT NULL,
    currency_id     VARCHAR(255)  NOT NULL,
    entry_type      VARCHAR(32)   NOT NULL,
    -- added to the balance's amount (reloads)
    amount          NUMERIC(19, 4) NOT NULL,
    -- added to the balance's usage (charges and fees positive, credits negative)
    usage           NUMERIC(19, 4) NOT NULL,
    period_start    DATE          NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    created_by      VARCHAR(255)  NOT NULL,
    idempotency_key VARCHAR(255),
    reference_id    VARCHAR(255),
    note            TEXT,
    CONSTRAINT pk_ledger_entries PRIMARY KEY (org_id, id),
    CONSTRAINT fk_ledger_entries_balance FOREIGN KEY (org_id, balance_id) REFERENCES balances (org_id, id),
    CONSTRAINT ck_ledger_entries_type CHECK (entry_type IN
        ('RELOAD', 'AUTO_RELOAD', 'CHARGE', 'SETUPFEES', 'RECURRINGFEES', 'CREDIT'))
);

CREATE INDEX ix_ledger_entries_balance ON ledger_entries (org_id, balance_id, created_at);
CREATE INDEX ix_ledger_entries_developer ON ledger_entries (org_id, developer_id, created_at);

CREATE FUNCTION ledger_entries_insert_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'ledger_entries is insert-only: % is not allowed', TG_OP;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER tr_ledger_entries_insert_only
    BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_entries_insert_only();

CREATE TRIGGER tr_ledger_entries_no_truncate
    BEFORE TRUNCATE ON ledger_entries
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_insert_only();

-- Idempotency-Key of money-moving POSTs (spec Part I #17): the first response, replayed on repeats.
CREATE TABLE idempotency_keys (
    org_id          VARCHAR(255) NOT NULL,
    caller          VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    response_status INTEGER,
    response_body   TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    completed_at    TIMESTAMPTZ,
    CONSTRAINT pk_idempotency_keys PRIMARY KEY (org_id, caller, idempotency_key),
    CONSTRAINT ck_idempotency_keys_state CHECK (state IN ('IN_PROGRESS', 'DONE'))
);

CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at);

-- Payment providers (spec §6.5) used for automatic reloads.
CREATE TABLE payment_providers (
    org_id        VARCHAR(255) NOT NULL,
    id            VARCHAR(255) NOT NULL,
    name          VARCHAR(255) NOT NULL,
    description   TEXT,
    auth_type     VARCHAR(255),
    credential    TEXT,
    endpoint      TEXT,
    merchant_code VARCHAR(255),
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_payment_providers PRIMARY KEY (org_id, id),
    CONSTRAINT fk_payment_providers_organization FOREIGN KEY (org_id) REFERENCES organizations (id)
);
