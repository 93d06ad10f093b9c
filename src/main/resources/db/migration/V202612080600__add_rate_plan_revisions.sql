-- Rate plan revisions (Part III §16): a revision is a rate plan of the same package that names the plan it
-- takes over from. Publishing it ends the parent the day before it starts; from its start date it prices the
-- usage of the developers on the parent (catalog/CatalogService#ratePlanInEffect).

ALTER TABLE rate_plans ADD COLUMN parent_rate_plan_id VARCHAR(255);

ALTER TABLE rate_plans
    ADD CONSTRAINT fk_rate_plans_parent FOREIGN KEY (org_id, parent_rate_plan_id) REFERENCES rate_plans (org_id, id),
    ADD CONSTRAINT ck_rate_plans_parent CHECK (parent_rate_plan_id <> id);

-- the foreign key's index, and the lookup of a plan's revisions
CREATE INDEX ix_rate_plans_parent ON rate_plans (org_id, parent_rate_plan_id);

-- a parent has at most one published revision (§16 rule 3), also when two publish at once
CREATE UNIQUE INDEX ux_rate_plans_published_revision ON rate_plans (org_id, parent_rate_plan_id)
    WHERE published AND parent_rate_plan_id IS NOT NULL;
