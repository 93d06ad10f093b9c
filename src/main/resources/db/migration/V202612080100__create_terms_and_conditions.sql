-- Terms and conditions of an organization (spec §13) and the history of their acceptance and decline
-- by developers and companies. Recorded and listed, never enforced (spec Part I #21, §III.0 #5).

CREATE TABLE terms_and_conditions (
    org_id       VARCHAR(255) NOT NULL,
    id           VARCHAR(255) NOT NULL,
    url          TEXT,
    tnc_text     TEXT,
    version      VARCHAR(255) NOT NULL,
    -- The instant the T&C takes effect; clients send and read it in the organization's time zone.
    start_date   TIMESTAMPTZ  NOT NULL,
    lock_version BIGINT       NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_terms_and_conditions PRIMARY KEY (org_id, id),
    CONSTRAINT fk_terms_and_conditions_organization FOREIGN KEY (org_id) REFERENCES organizations (id)
);

-- The list ordered by start date and the lookup of the current T&C (latest start not in the future).
CREATE INDEX ix_terms_and_conditions_start ON terms_and_conditions (org_id, start_date);

-- Every accept or decline of a T&C by a developer or company: one immutable row each. The newest row
-- of an account for a T&C says whether it is accepted; seq orders rows that share an audit date.
CREATE TABLE developer_tncs (
    org_id       VARCHAR(255) NOT NULL,
    id           UUID         NOT NULL,
    seq          BIGINT       GENERATED ALWAYS AS IDENTITY,
    developer_id UUID         NOT NULL,
    tnc_id       VARCHAR(255) NOT NULL,
    action       VARCHAR(16)  NOT NULL,
    audit_date   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_developer_tncs PRIMARY KEY (org_id, id),
    CONSTRAINT fk_developer_tncs_developer FOREIGN KEY (org_id, developer_id) REFERENCES developers (org_id, id),
    CONSTRAINT fk_developer_tncs_tnc FOREIGN KEY (org_id, tnc_id) REFERENCES terms_and_conditions (org_id, id),
    CONSTRAINT ck_developer_tncs_action CHECK (action IN ('ACCEPTED', 'DECLINED'))
);

-- An account's history, newest first; and whether a T&C has any history (delete refused).
CREATE INDEX ix_developer_tncs_developer ON developer_tncs (org_id, developer_id, audit_date, seq);
CREATE INDEX ix_developer_tncs_tnc ON developer_tncs (org_id, tnc_id);

CREATE TRIGGER tr_developer_tncs_insert_only
    BEFORE UPDATE OR DELETE ON developer_tncs
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_insert_only_table();

CREATE TRIGGER tr_developer_tncs_no_truncate
    BEFORE TRUNCATE ON developer_tncs
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_insert_only_table();
