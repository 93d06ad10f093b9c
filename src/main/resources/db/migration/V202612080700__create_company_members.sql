-- Company members (core Edge /companies/{company}/developers): the developers of a company and each one's role.
-- A membership goes with the company or the developer it names.
CREATE TABLE company_members (
    org_id       VARCHAR(255) NOT NULL,
    company_id   UUID         NOT NULL,
    developer_id UUID         NOT NULL,
    role         VARCHAR(255),
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_company_members PRIMARY KEY (org_id, company_id, developer_id),
    CONSTRAINT fk_company_members_company FOREIGN KEY (org_id, company_id)
        REFERENCES developers (org_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_company_members_developer FOREIGN KEY (org_id, developer_id)
        REFERENCES developers (org_id, id) ON DELETE CASCADE
);

CREATE INDEX ix_company_members_developer ON company_members (org_id, developer_id);
