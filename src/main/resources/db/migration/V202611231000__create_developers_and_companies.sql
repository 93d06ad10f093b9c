-- Core Edge developers and companies (spec §4): everyone who can hold a balance. One table for both
-- kinds, so that balances, ledger entries and accepted plans reference one key: (org_id, id).

CREATE TABLE developers (
    org_id       VARCHAR(255) NOT NULL,
    id           UUID         NOT NULL,
    is_company   BOOLEAN      NOT NULL,
    email        VARCHAR(255),
    name         VARCHAR(255),
    first_name   VARCHAR(255),
    last_name    VARCHAR(255),
    user_name    VARCHAR(255),
    display_name VARCHAR(255),
    status       VARCHAR(16)  NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(255) NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    updated_by   VARCHAR(255) NOT NULL,
    CONSTRAINT pk_developers PRIMARY KEY (org_id, id),
    CONSTRAINT fk_developers_organization FOREIGN KEY (org_id) REFERENCES organizations (id),
    CONSTRAINT ck_developers_status CHECK (status IN ('active', 'inactive')),
    -- A developer has an email and a first, last and user name; a company has a name.
    CONSTRAINT ck_developers_kind CHECK (
        (is_company AND name IS NOT NULL AND email IS NULL)
        OR (NOT is_company AND email IS NOT NULL AND name IS NULL
            AND first_name IS NOT NULL AND last_name IS NOT NULL AND user_name IS NOT NULL))
);

-- Emails and company names are unique per organization regardless of case; these also serve the
-- lookups by email or name and the lists, which are ordered by them.
CREATE UNIQUE INDEX uq_developers_org_email ON developers (org_id, lower(email)) WHERE NOT is_company;
CREATE UNIQUE INDEX uq_developers_org_company_name ON developers (org_id, lower(name)) WHERE is_company;

CREATE TABLE developer_attributes (
    org_id       VARCHAR(255) NOT NULL,
    developer_id UUID         NOT NULL,
    position     INTEGER      NOT NULL,
    name         VARCHAR(255) NOT NULL,
    value        TEXT         NOT NULL,
    CONSTRAINT pk_developer_attributes PRIMARY KEY (org_id, developer_id, position),
    CONSTRAINT fk_developer_attributes_developer FOREIGN KEY (org_id, developer_id)
        REFERENCES developers (org_id, id) ON DELETE CASCADE,
    -- Deferred: a replaced list is rewritten row by row, which may swap two names for a moment.
    CONSTRAINT uq_developer_attributes_name UNIQUE (org_id, developer_id, name) DEFERRABLE INITIALLY DEFERRED
);
