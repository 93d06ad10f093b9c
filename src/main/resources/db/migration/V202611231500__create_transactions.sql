-- Monetized transactions (spec §8): usage charged through POST /transactions, setup and recurring fees,
-- credits. Each one moved a balance through one ledger entry; rows are never changed.

CREATE TABLE transactions (
    org_id           VARCHAR(255)   NOT NULL,
    id               UUID           NOT NULL,
    tx_type          VARCHAR(32)    NOT NULL,
    developer_id     UUID           NOT NULL,
    app_id           UUID,
    product_id       VARCHAR(255),
    package_id       VARCHAR(255),
    rate_plan_id     VARCHAR(255),
    rate_plan_level  VARCHAR(32),
    currency_id      VARCHAR(255)   NOT NULL,
    batch_size       BIGINT         NOT NULL,
    -- the units rated: batchSize, or batchSize x custAttN for custom-attribute plans
    rated_units      NUMERIC(19, 4) NOT NULL,
    -- the money charged (charges and fees) or credited (credits)
    rate             NUMERIC(19, 4) NOT NULL,
    cust_att1        NUMERIC(19, 4),
    cust_att2        NUMERIC(19, 4),
    cust_att3        NUMERIC(19, 4),
    cust_att4        NUMERIC(19, 4),
    cust_att5        NUMERIC(19, 4),
    cust_att6        NUMERIC(19, 4),
    cust_att7        NUMERIC(19, 4),
    cust_att8        NUMERIC(19, 4),
    cust_att9        NUMERIC(19, 4),
    cust_att10       NUMERIC(19, 4),
    forced           BOOLEAN        NOT NULL,
    notes            TEXT,
    ledger_entry_id  UUID           NOT NULL,
    created_at       TIMESTAMPTZ    NOT NULL,
    created_by       VARCHAR(255)   NOT NULL,
    idempotency_key  VARCHAR(255),
    CONSTRAINT pk_transactions PRIMARY KEY (org_id, id),
    CONSTRAINT fk_transactions_developer FOREIGN KEY (org_id, developer_id) REFERENCES developers (org_id, id),
    CONSTRAINT fk_transactions_currency FOREIGN KEY (org_id, currency_id) REFERENCES supported_currencies (org_id, id),
    CONSTRAINT ck_transactions_type CHECK (tx_type IN ('CHARGE', 'SETUPFEES', 'RECURRINGFEES', 'CREDIT')),
    CONSTRAINT ck_transactions_batch_size CHECK (batch_size >= 1)
);

CREATE INDEX ix_transactions_developer ON transactions (org_id, developer_id, created_at);
CREATE INDEX ix_transactions_created ON transactions (org_id, created_at);
CREATE INDEX ix_transactions_currency ON transactions (org_id, currency_id);

CREATE FUNCTION refuse_change_of_insert_only_table() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is insert-only: % is not allowed', TG_TABLE_NAME, TG_OP;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER tr_transactions_insert_only
    BEFORE UPDATE OR DELETE ON transactions
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_insert_only_table();

CREATE TRIGGER tr_transactions_no_truncate
    BEFORE TRUNCATE ON transactions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_insert_only_table();

-- How many units a developer has used of a rate plan's product in a billing month: the counters
-- that VOLUME bands and freemium units are priced from.
CREATE TABLE usage_counters (
    org_id       VARCHAR(255)   NOT NULL,
    developer_id UUID           NOT NULL,
    rate_plan_id VARCHAR(255)   NOT NULL,
    product_id   VARCHAR(255)   NOT NULL,
    period_start DATE           NOT NULL,
    units        NUMERIC(19, 4) NOT NULL,
    CONSTRAINT pk_usage_counters PRIMARY KEY (org_id, developer_id, rate_plan_id, product_id, period_start),
    CONSTRAINT fk_usage_counters_developer FOREIGN KEY (org_id, developer_id) REFERENCES developers (org_id, id)
);
