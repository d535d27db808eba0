create table projects (
    id         text        primary key,
    name       text        not null,
    created_at timestamptz not null
);

create table api_keys (
    id         text        primary key,
    project_id text        not null references projects (id) on delete cascade,
    name       text        not null,
    key_hash   text        not null unique,
    key_prefix text        not null,
    created_at timestamptz not null,
    revoked_at timestamptz
);
create index api_keys_project on api_keys (project_id);

-- Credentials are sealed with a per-row data key (credentials_dek), itself wrapped by the master key
-- named in credentials_key_id; no column holds a secret in plaintext.
create table linked_accounts (
    id                        text        primary key,
    project_id                text        not null references projects (id) on delete cascade,
    provider                  text        not null,
    provider_name             text,
    category                  text,
    status                    text        not null,
    status_reasons            jsonb,
    origin_owner_id           text        not null,
    origin_owner_name         text        not null,
    origin_username           text,
    label                     text,
    type                      text,
    authentication_config_key text,
    environment               text,
    setup_information         jsonb,
    metadata                  jsonb,
    credentials_ciphertext    bytea       not null,
    credentials_dek           bytea       not null,
    credentials_key_id        text        not null,
    created_at                timestamptz not null,
    updated_at                timestamptz not null
);
-- serves GET /accounts: one project's accounts in creation order, and its filters
create index linked_accounts_project_created on linked_accounts (project_id, created_at, id);
create index linked_accounts_project_owner on linked_accounts (project_id, origin_owner_id);
create index linked_accounts_key_id on linked_accounts (credentials_key_id);
