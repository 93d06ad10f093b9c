-- Rate plans that developers and companies have accepted (purchased), spec §9.3. The period in
-- effect is [start_date, end_date): end_date is the start of the day after the accepted endDate in
-- the organization's time zone (a plan runs to the end of its endDate), null when it runs on.
CREATE TABLE accepted_rate_plans (
    org_id       VARCHAR(255) NOT NULL,
    id           UUID         NOT NULL,
    developer_id UUID         NOT NULL,
    rate_plan_id VARCHAR(255) NOT NULL,
    start_date   TIMESTAMPTZ  NOT NULL,
    end_date     TIMESTAMPTZ,
    quota_target BIGINT,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_accepted_rate_plans PRIMARY KEY (org_id, id),
    CONSTRAINT fk_accepted_rate_plans_developer FOREIGN KEY (org_id, developer_id)
        REFERENCES developers (org_id, id),
    CONSTRAINT fk_accepted_rate_plans_rate_plan FOREIGN KEY (org_id, rate_plan_id)
        REFERENCES rate_plans (org_id, id),
    CONSTRAINT ck_accepted_rate_plans_dates CHECK (end_date IS NULL OR end_date > start_date),
    CONSTRAINT ck_accepted_rate_plans_quota_target CHECK (quota_target >= 0)
);

-- The lookups by account (lists, overlap checks, pricing) and the rate plan foreign key.
CREATE INDEX ix_accepted_rate_plans_developer ON accepted_rate_plans (org_id, developer_id, start_date);
CREATE INDEX ix_accepted_rate_plans_rate_plan ON accepted_rate_plans (org_id, rate_plan_id);
