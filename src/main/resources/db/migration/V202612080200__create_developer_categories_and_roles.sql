-- Developer categories and developer roles (spec Part III §14). A developer or company belongs to the
-- category its MINT_DEVELOPER_CATEGORY attribute names (by id) and holds the roles its MINT_ROLES
-- attribute names; neither attribute is a foreign key, so a category is guarded against deletion by
-- the lookups below instead.

CREATE TABLE developer_categories (
    org_id      VARCHAR(255) NOT NULL,
    id          VARCHAR(255) NOT NULL,
    name        VARCHAR(255) NOT NULL,
    description TEXT,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_developer_categories PRIMARY KEY (org_id, id),
    CONSTRAINT fk_developer_categories_organization FOREIGN KEY (org_id) REFERENCES organizations (id)
);

-- names are unique per organization regardless of case; the list is ordered by name
CREATE UNIQUE INDEX uq_developer_categories_org_name ON developer_categories (org_id, lower(name));

-- A role's id is its name (spec §14.2).
CREATE TABLE developer_roles (
    org_id      VARCHAR(255) NOT NULL,
    name        VARCHAR(255) NOT NULL,
    description TEXT,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_developer_roles PRIMARY KEY (org_id, name),
    CONSTRAINT fk_developer_roles_organization FOREIGN KEY (org_id) REFERENCES organizations (id)
);

CREATE UNIQUE INDEX uq_developer_roles_org_name ON developer_roles (org_id, lower(name));

-- The delete guard's lookups: the accounts in a category (by a hash, since an attribute value may be
-- longer than an index entry can hold) and the rate plans for one.
CREATE INDEX ix_developer_attributes_category ON developer_attributes (org_id, md5(value))
    WHERE name = 'MINT_DEVELOPER_CATEGORY';
CREATE INDEX ix_rate_plans_developer_category ON rate_plans (org_id, developer_category_id)
    WHERE developer_category_id IS NOT NULL;
