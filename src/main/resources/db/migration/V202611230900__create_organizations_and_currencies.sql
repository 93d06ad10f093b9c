-- Monetization organizations (spec §2) and their supported currencies (spec §3).

CREATE TABLE organizations (
    id                               VARCHAR(255) NOT NULL,
    name                             VARCHAR(255) NOT NULL,
    description                      TEXT,
    country                          VARCHAR(64)  NOT NULL,
    currency                         VARCHAR(64)  NOT NULL,
    billing_cycle                    VARCHAR(32)  NOT NULL,
    supported_billing_type           VARCHAR(16)  NOT NULL,
    tax_model                        VARCHAR(16)  NOT NULL,
    timezone                         VARCHAR(64)  NOT NULL,
    status                           VARCHAR(16)  NOT NULL,
    approve_trusted                  BOOLEAN,
    approve_untrusted                BOOLEAN,
    has_billing_adjustment           BOOLEAN,
    has_broker                       BOOLEAN,
    has_self_billing                 BOOLEAN,
    has_separate_invoice_for_product BOOLEAN,
    issue_netting_stmt               BOOLEAN,
    netting_stmt_per_currency        BOOLEAN,
    self_billing_as_exch_org         BOOLEAN,
    self_billing_for_all_dev         BOOLEAN      NOT NULL,
    separate_invoice_for_fees        BOOLEAN      NOT NULL,
    reg_no                           VARCHAR(255),
    tax_reg_no                       VARCHAR(255),
    tax_nexus                        VARCHAR(255),
    tax_engine_external_id           VARCHAR(255),
    logo_url                         TEXT,
    transaction_relay_url            TEXT,
    net_payment_advice_note          TEXT,
    version                          BIGINT       NOT NULL,
    created_at                       TIMESTAMPTZ  NOT NULL,
    updated_at                       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_organizations PRIMARY KEY (id)
);

CREATE TABLE organization_addresses (
    org_id     VARCHAR(255) NOT NULL,
    position   INTEGER      NOT NULL,
    address_id VARCHAR(255),
    address1   VARCHAR(255),
    address2   VARCHAR(255),
    city       VARCHAR(255),
    country    VARCHAR(255),
    is_primary BOOLEAN,
    state      VARCHAR(255),
    zip        VARCHAR(64),
    CONSTRAINT pk_organization_addresses PRIMARY KEY (org_id, position),
    CONSTRAINT fk_organization_addresses_organization FOREIGN KEY (org_id) REFERENCES organizations (id)
);

CREATE TABLE supported_currencies (
    org_id               VARCHAR(255)   NOT NULL,
    id                   VARCHAR(255)   NOT NULL,
    name                 VARCHAR(255)   NOT NULL,
    display_name         VARCHAR(255)   NOT NULL,
    description          TEXT           NOT NULL,
    status               VARCHAR(16)    NOT NULL,
    virtual_currency     BOOLEAN        NOT NULL,
    credit_limit         NUMERIC(19, 4),
    minimum_topup_amount NUMERIC(19, 4),
    version              BIGINT         NOT NULL,
    created_at           TIMESTAMPTZ    NOT NULL,
    updated_at           TIMESTAMPTZ    NOT NULL,
    CONSTRAINT pk_supported_currencies PRIMARY KEY (org_id, id),
    CONSTRAINT fk_supported_currencies_organization FOREIGN KEY (org_id) REFERENCES organizations (id),
    CONSTRAINT ck_supported_currencies_credit_limit CHECK (credit_limit >= 0),
    CONSTRAINT ck_supported_currencies_minimum_topup CHECK (minimum_topup_amount >= 0),
    CONSTRAINT ck_supported_currencies_status CHECK (status IN ('ACTIVE', 'INACTIVE'))
);

CREATE UNIQUE INDEX uq_supported_currencies_org_name ON supported_currencies (org_id, upper(name));
