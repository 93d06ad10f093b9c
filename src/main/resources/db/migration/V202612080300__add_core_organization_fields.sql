-- The core Edge view of an organization (Part III §21.1): display name, type, who created and last changed
-- it, its environments, properties and pods. One row in organizations is one organization, whether it was
-- created through PUT /v1/mint/organizations/{org} or POST /v1/organizations.

ALTER TABLE organizations
    ADD COLUMN display_name     VARCHAR(255),
    ADD COLUMN org_type         VARCHAR(16),
    ADD COLUMN created_by       VARCHAR(255),
    ADD COLUMN last_modified_by VARCHAR(255);

UPDATE organizations SET display_name = name, org_type = 'paid';

ALTER TABLE organizations
    ALTER COLUMN display_name SET NOT NULL,
    ALTER COLUMN org_type SET NOT NULL,
    ADD CONSTRAINT ck_organizations_org_type CHECK (org_type IN ('paid', 'trial'));

-- Names are unique per organization; the service checks it (a unique key would trip over Hibernate's
-- position-by-position update of a reordered list).
CREATE TABLE organization_environments (
    org_id   VARCHAR(255) NOT NULL,
    position INTEGER      NOT NULL,
    name     VARCHAR(255) NOT NULL,
    CONSTRAINT pk_organization_environments PRIMARY KEY (org_id, position),
    CONSTRAINT fk_organization_environments_organization FOREIGN KEY (org_id) REFERENCES organizations (id)
);

-- The properties set by clients; the reserved ones (features.isMonetizationEnabled, ...) are not stored.
CREATE TABLE organization_properties (
    org_id   VARCHAR(255) NOT NULL,
    position INTEGER      NOT NULL,
    name     VARCHAR(255) NOT NULL,
    value    TEXT         NOT NULL,
    CONSTRAINT pk_organization_properties PRIMARY KEY (org_id, position),
    CONSTRAINT fk_organization_properties_organization FOREIGN KEY (org_id) REFERENCES organizations (id)
);

CREATE TABLE organization_pods (
    org_id   VARCHAR(255) NOT NULL,
    position INTEGER      NOT NULL,
    region   VARCHAR(255) NOT NULL,
    pod      VARCHAR(255) NOT NULL,
    CONSTRAINT pk_organization_pods PRIMARY KEY (org_id, position),
    CONSTRAINT fk_organization_pods_organization FOREIGN KEY (org_id) REFERENCES organizations (id)
);

-- Organizations made before this migration have Edge's default environments.
INSERT INTO organization_environments (org_id, position, name)
SELECT id, 0, 'prod' FROM organizations
UNION ALL
SELECT id, 1, 'test' FROM organizations;

-- A deleted organization takes its idempotency keys with it: an organization created again under the same
-- name must not replay the answers of the old one (the keys have no foreign key to cascade along).
CREATE FUNCTION forget_idempotency_keys_of_organization() RETURNS trigger AS $$
BEGIN
    DELETE FROM idempotency_keys WHERE org_id = OLD.id;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER tr_organizations_forget_idempotency_keys
    AFTER DELETE ON organizations
    FOR EACH ROW EXECUTE FUNCTION forget_idempotency_keys_of_organization();
