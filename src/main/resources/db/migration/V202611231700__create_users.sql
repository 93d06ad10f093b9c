-- Organization users (emulator-only, managed under /emulator/users): accounts that log in with HTTP Basic
-- and act only in the organizations granted to them. Users are not owned by one organization, so these
-- tables are the exception to "every table carries the organization". Passwords are BCrypt hashes only.

CREATE TABLE mint_users (
    id            UUID         NOT NULL,
    username      VARCHAR(255) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT pk_mint_users PRIMARY KEY (id)
);

-- usernames are case-insensitive: one account per lower-cased name, and the login lookup uses this index
CREATE UNIQUE INDEX ux_mint_users_username ON mint_users (lower(username));

CREATE TABLE mint_user_roles (
    user_id UUID         NOT NULL,
    org_id  VARCHAR(255) NOT NULL,
    role    VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_mint_user_roles PRIMARY KEY (user_id, org_id),
    -- no foreign key to organizations: a role may be granted before the organization is created
    CONSTRAINT fk_mint_user_roles_user FOREIGN KEY (user_id) REFERENCES mint_users (id) ON DELETE CASCADE,
    CONSTRAINT ck_mint_user_roles_role CHECK (role IN ('orgadmin', 'readonly'))
);
