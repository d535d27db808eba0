-- Connect sessions: a short-lived token (only its SHA-256 is kept) lets one end user of one project
-- link accounts on the hosted Hub page.
create table connect_sessions (
  id                bigint generated always as identity primary key,
  project_id        text        not null,
  token_hash        text        not null unique,
  origin_owner_id   text        not null,
  origin_owner_name text        not null,
  origin_username   text,
  provider          text,
  provider_version  text,
  categories        jsonb,
  account_id        text,
  label             text,
  metadata          jsonb,
  multiple          boolean     not null,
  type              text        not null,
  created_at        timestamptz not null,
  expires_at        timestamptz not null
);

create index connect_sessions_project on connect_sessions (project_id);
