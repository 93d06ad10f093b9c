-- The catalog: API products (core Edge and their mint view), API packages, rate plans, their
-- details and rate card bands (spec §9.1, §9.2). Plan dates are instants; they are shown in the
-- organization's time zone (Part I #3).

CREATE TABLE api_products (
    org_id           VARCHAR(255) NOT NULL,
    name             VARCHAR(255) NOT NULL,
    display_name     VARCHAR(255) NOT NULL,
    description      TEXT,
    approval_type    VARCHAR(16)  NOT NULL,
    quota            VARCHAR(64),
    quota_interval   VARCHAR(64),
    quota_time_unit  VARCHAR(16),
    api_resources    TEXT[]       NOT NULL,
    environments     TEXT[]       NOT NULL,
    proxies          TEXT[]       NOT NULL,
    scopes           TEXT[]       NOT NULL,
    created_by       VARCHAR(255) NOT NULL,
    last_modified_by VARCHAR(255) NOT NULL,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_api_products PRIMARY KEY (org_id, name),
    CONSTRAINT fk_api_products_organization FOREIGN KEY (org_id) REFERENCES organizations (id),
    CONSTRAINT ck_api_products_approval_type CHECK (approval_type IN ('auto', 'manual')),
    CONSTRAINT ck_api_products_quota_time_unit CHECK (quota_time_unit IN ('minute', 'hour', 'day', 'month'))
);

-- Monetization organizations need product names unique regardless of case.
CREATE UNIQUE INDEX uq_api_products_org_lower_name ON api_products (org_id, lower(name));

CREATE TABLE api_product_attributes (
    org_id       VARCHAR(255) NOT NULL,
    product_name VARCHAR(255) NOT NULL,
    position     INTEGER      NOT NULL,
    name         VARCHAR(255) NOT NULL,
    value        TEXT,
    CONSTRAINT pk_api_product_attributes PRIMARY KEY (org_id, product_name, position),
    CONSTRAINT fk_api_product_attributes_product FOREIGN KEY (org_id, product_name)
        REFERENCES api_products (org_id, name),
    -- Deferred: replacing the list rewrites rows by position, which may swap names within a flush.
    CONSTRAINT uq_api_product_attributes_name UNIQUE (org_id, product_name, name) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE monetization_packages (
    org_id       VARCHAR(255) NOT NULL,
    id           VARCHAR(255) NOT NULL,
    name         VARCHAR(255) NOT NULL,
    display_name VARCHAR(255) NOT NULL,
    description  TEXT         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_monetization_packages PRIMARY KEY (org_id, id),
    CONSTRAINT fk_monetization_packages_organization FOREIGN KEY (org_id) REFERENCES organizations (id),
    CONSTRAINT ck_monetization_packages_status CHECK (status IN ('CREATED', 'ACTIVE', 'INACTIVE'))
);

CREATE TABLE monetization_package_products (
    org_id     VARCHAR(255) NOT NULL,
    package_id VARCHAR(255) NOT NULL,
    product_id VARCHAR(255) NOT NULL,
    CONSTRAINT pk_monetization_package_products PRIMARY KEY (org_id, package_id, product_id),
    CONSTRAINT fk_monetization_package_products_package FOREIGN KEY (org_id, package_id)
        REFERENCES monetization_packages (org_id, id),
    CONSTRAINT fk_monetization_package_products_product FOREIGN KEY (org_id, product_id)
        REFERENCES api_products (org_id, name)
);

CREATE INDEX ix_monetization_package_products_product ON monetization_package_products (org_id, product_id);

CREATE TABLE rate_plans (
    org_id                   VARCHAR(255)   NOT NULL,
    id                       VARCHAR(255)   NOT NULL,
    package_id               VARCHAR(255)   NOT NULL,
    name                     VARCHAR(255)   NOT NULL,
    display_name             VARCHAR(255)   NOT NULL,
    description              TEXT           NOT NULL,
    type                     VARCHAR(32)    NOT NULL,
    developer_id             VARCHAR(255),
    developer_category_id    VARCHAR(255),
    published                BOOLEAN        NOT NULL,
    is_private               BOOLEAN        NOT NULL,
    start_date               TIMESTAMPTZ    NOT NULL,
    end_date                 TIMESTAMPTZ,
    currency_id              VARCHAR(255)   NOT NULL,
    set_up_fee               NUMERIC(19, 4) NOT NULL,
    recurring_fee            NUMERIC(19, 4),
    early_termination_fee    NUMERIC(19, 4),
    frequency_duration       INTEGER,
    frequency_duration_type  VARCHAR(16),
    recurring_type           VARCHAR(16)    NOT NULL,
    recurring_start_unit     INTEGER,
    contract_duration        INTEGER,
    contract_duration_type   VARCHAR(16),
    advance                  BOOLEAN        NOT NULL,
    prorate                  BOOLEAN        NOT NULL,
    payment_due_days         VARCHAR(16),
    custom_payment_term      BOOLEAN        NOT NULL,
    keep_original_start_date BOOLEAN,
    freemium_unit            BIGINT,
    freemium_duration        INTEGER,
    freemium_duration_type   VARCHAR(16),
    version                  BIGINT         NOT NULL,
    created_at               TIMESTAMPTZ    NOT NULL,
    updated_at               TIMESTAMPTZ    NOT NULL,
    CONSTRAINT pk_rate_plans PRIMARY KEY (org_id, id),
    CONSTRAINT fk_rate_plans_package FOREIGN KEY (org_id, package_id) REFERENCES monetization_packages (org_id, id),
    CONSTRAINT fk_rate_plans_currency FOREIGN KEY (org_id, currency_id) REFERENCES supported_currencies (org_id, id),
    CONSTRAINT ck_rate_plans_type CHECK (type IN ('STANDARD', 'DEVELOPER', 'DEVELOPER_CATEGORY')),
    CONSTRAINT ck_rate_plans_developer CHECK ((type = 'DEVELOPER') = (developer_id IS NOT NULL)),
    CONSTRAINT ck_rate_plans_developer_category
        CHECK ((type = 'DEVELOPER_CATEGORY') = (developer_category_id IS NOT NULL)),
    CONSTRAINT ck_rate_plans_dates CHECK (end_date IS NULL OR end_date > start_date),
    CONSTRAINT ck_rate_plans_set_up_fee CHECK (set_up_fee >= 0),
    CONSTRAINT ck_rate_plans_recurring_fee CHECK (recurring_fee >= 0),
    CONSTRAINT ck_rate_plans_early_termination_fee CHECK (early_termination_fee >= 0),
    CONSTRAINT ck_rate_plans_freemium_unit CHECK (freemium_unit >= 0)
);

CREATE INDEX ix_rate_plans_package ON rate_plans (org_id, package_id);
CREATE INDEX ix_rate_plans_currency ON rate_plans (org_id, currency_id);

CREATE TABLE rate_plan_details (
    org_id                      VARCHAR(255) NOT NULL,
    id                          VARCHAR(255) NOT NULL,
    rate_plan_id                VARCHAR(255) NOT NULL,
    position                    INTEGER      NOT NULL,
    type                        VARCHAR(32)  NOT NULL,
    metering_type               VARCHAR(32)  NOT NULL,
    rating_parameter            VARCHAR(255) NOT NULL,
    -- n of MINT_CUSTOM_ATTRIBUTE_n the plan rates on; null when it rates on VOLUME.
    custom_attribute            SMALLINT,
    rating_parameter_unit       VARCHAR(255),
    revenue_type                VARCHAR(16),
    product_id                  VARCHAR(255),
    currency_id                 VARCHAR(255) NOT NULL,
    duration                    INTEGER,
    duration_type               VARCHAR(16),
    freemium_duration           INTEGER,
    freemium_duration_type      VARCHAR(16),
    freemium_unit               BIGINT       NOT NULL,
    aggregate_freemium_counters BOOLEAN      NOT NULL,
    aggregate_standard_counters BOOLEAN      NOT NULL,
    aggregate_transactions      BOOLEAN      NOT NULL,
    custom_payment_term         BOOLEAN      NOT NULL,
    payment_due_days            VARCHAR(16),
    CONSTRAINT pk_rate_plan_details PRIMARY KEY (org_id, id),
    CONSTRAINT fk_rate_plan_details_rate_plan FOREIGN KEY (org_id, rate_plan_id) REFERENCES rate_plans (org_id, id),
    CONSTRAINT fk_rate_plan_details_currency FOREIGN KEY (org_id, currency_id)
        REFERENCES supported_currencies (org_id, id),
    CONSTRAINT fk_rate_plan_details_product FOREIGN KEY (org_id, product_id) REFERENCES api_products (org_id, name),
    CONSTRAINT ck_rate_plan_details_type CHECK (type IN ('REVSHARE', 'RATECARD', 'REVSHARE_RATECARD', 'USAGE_TARGET')),
    CONSTRAINT ck_rate_plan_details_metering_type CHECK (metering_type IN ('UNIT', 'VOLUME', 'STAIR_STEP', 'DEV_SPECIFIC')),
    CONSTRAINT ck_rate_plan_details_custom_attribute CHECK (custom_attribute BETWEEN 1 AND 10),
    CONSTRAINT ck_rate_plan_details_freemium_unit CHECK (freemium_unit >= 0)
);

CREATE INDEX ix_rate_plan_details_rate_plan ON rate_plan_details (org_id, rate_plan_id);
CREATE INDEX ix_rate_plan_details_currency ON rate_plan_details (org_id, currency_id);
CREATE INDEX ix_rate_plan_details_product ON rate_plan_details (org_id, product_id);

CREATE TABLE rate_plan_rates (
    org_id      VARCHAR(255)   NOT NULL,
    detail_id   VARCHAR(255)   NOT NULL,
    position    INTEGER        NOT NULL,
    id          VARCHAR(255)   NOT NULL,
    type        VARCHAR(16)    NOT NULL,
    currency_id VARCHAR(255)   NOT NULL,
    rate        NUMERIC(19, 4),
    revshare    NUMERIC(19, 4),
    start_unit  BIGINT         NOT NULL,
    end_unit    BIGINT,
    CONSTRAINT pk_rate_plan_rates PRIMARY KEY (org_id, detail_id, position),
    CONSTRAINT fk_rate_plan_rates_detail FOREIGN KEY (org_id, detail_id) REFERENCES rate_plan_details (org_id, id),
    CONSTRAINT fk_rate_plan_rates_currency FOREIGN KEY (org_id, currency_id) REFERENCES supported_currencies (org_id, id),
    CONSTRAINT ck_rate_plan_rates_type CHECK (type IN ('RATECARD', 'REVSHARE')),
    CONSTRAINT ck_rate_plan_rates_amount CHECK ((type = 'RATECARD' AND rate IS NOT NULL AND rate >= 0)
        OR (type = 'REVSHARE' AND revshare IS NOT NULL AND revshare BETWEEN 0 AND 100)),
    CONSTRAINT ck_rate_plan_rates_units CHECK (start_unit >= 0 AND (end_unit IS NULL OR end_unit > start_unit))
);

CREATE INDEX ix_rate_plan_rates_currency ON rate_plan_rates (org_id, currency_id);
