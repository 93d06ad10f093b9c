-- Core Edge developer and company apps: each has a UUID, a name unique per owner, custom attributes,
-- the API products it may call and one generated credential (consumer key and secret).
-- An app belongs to one row of developers (a developer or a company) and goes with it: Edge deletes
-- a developer's apps with the developer.

CREATE TABLE apps (
    org_id       VARCHAR(255)  NOT NULL,
    id           UUID          NOT NULL,
    -- the owner: developers.id of the developer or company
    developer_id UUID          NOT NULL,
    -- the owner's kind, which never changes: the app shows developerId or companyName
    is_company   BOOLEAN       NOT NULL,
    name         VARCHAR(255)  NOT NULL,
    callback_url VARCHAR(2048),
    status       VARCHAR(16)   NOT NULL,
    scopes       TEXT[]        NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    created_by   VARCHAR(255)  NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL,
    updated_by   VARCHAR(255)  NOT NULL,
    CONSTRAINT pk_apps PRIMARY KEY (org_id, id),
    CONSTRAINT fk_apps_developer FOREIGN KEY (org_id, developer_id)
        REFERENCES developers (org_id, id) ON DELETE CASCADE,
    CONSTRAINT ck_apps_status CHECK (status IN ('approved', 'pending', 'revoked'))
);

-- Names are unique per owner regardless of case. The index also serves the foreign key, the lookup
-- of an app by owner and name and the owner's list, which is ordered by lower(name).
CREATE UNIQUE INDEX uq_apps_owner_name ON apps (org_id, developer_id, lower(name));

CREATE TABLE app_attributes (
    org_id   VARCHAR(255) NOT NULL,
    app_id   UUID         NOT NULL,
    position INTEGER      NOT NULL,
    name     VARCHAR(255) NOT NULL,
    value    TEXT         NOT NULL,
    CONSTRAINT pk_app_attributes PRIMARY KEY (org_id, app_id, position),
    CONSTRAINT fk_app_attributes_app FOREIGN KEY (org_id, app_id) REFERENCES apps (org_id, id) ON DELETE CASCADE,
    -- Deferred: a replaced list is rewritten row by row, which may swap two names for a moment.
    CONSTRAINT uq_app_attributes_name UNIQUE (org_id, app_id, name) DEFERRABLE INITIALLY DEFERRED
);

-- The API products of an app, in the order the client gave them. Deleting a product removes it from
-- every app (Edge lets a product in use be deleted; its apps just lose access), which can leave gaps
-- in position: the order is by position, never an index.
CREATE TABLE app_products (
    org_id       VARCHAR(255) NOT NULL,
    app_id       UUID         NOT NULL,
    product_name VARCHAR(255) NOT NULL,
    position     INTEGER      NOT NULL,
    -- approved, or pending when the product's approvalType is manual
    status       VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_app_products PRIMARY KEY (org_id, app_id, product_name),
    CONSTRAINT fk_app_products_app FOREIGN KEY (org_id, app_id) REFERENCES apps (org_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_app_products_product FOREIGN KEY (org_id, product_name)
        REFERENCES api_products (org_id, name) ON DELETE CASCADE,
    CONSTRAINT ck_app_products_status CHECK (status IN ('approved', 'pending', 'revoked'))
);

CREATE INDEX ix_app_products_product ON app_products (org_id, product_name);

-- The credentials (API keys) of an app; one is generated when the app is created.
CREATE TABLE app_credentials (
    org_id          VARCHAR(255) NOT NULL,
    consumer_key    VARCHAR(255) NOT NULL,
    app_id          UUID         NOT NULL,
    consumer_secret VARCHAR(255) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    issued_at       TIMESTAMPTZ  NOT NULL,
    -- null: never expires (expiresAt -1 on the wire)
    expires_at      TIMESTAMPTZ,
    CONSTRAINT pk_app_credentials PRIMARY KEY (org_id, consumer_key),
    CONSTRAINT fk_app_credentials_app FOREIGN KEY (org_id, app_id) REFERENCES apps (org_id, id) ON DELETE CASCADE,
    CONSTRAINT ck_app_credentials_status CHECK (status IN ('approved', 'revoked')),
    CONSTRAINT ck_app_credentials_expiry CHECK (expires_at > issued_at)
);

CREATE INDEX ix_app_credentials_app ON app_credentials (org_id, app_id);
