-- The Hub's OAuth popups: a connection attempt per popup, polled by @stackone/hub until it is
-- authenticated, failed, cancelled or expired.
create table connection_attempts (
  id                text        primary key,
  session_id        bigint      not null references connect_sessions (id) on delete cascade,
  status            text        not null,
  account_id        text,
  error_code        text,
  error_description text,
  created_at        timestamptz not null,
  expires_at        timestamptz not null
);

create index connection_attempts_session on connection_attempts (session_id);

-- An OAuth2 authorization in flight: the state (only its SHA-256 is kept) binds the provider's
-- callback to one session, connector, auth option and (for the Hub) connection attempt. The PKCE
-- verifier never leaves the server; the row is deleted when the callback uses it.
create table oauth_authorizations (
  state_hash            text        primary key,
  session_id            bigint      not null references connect_sessions (id) on delete cascade,
  connection_attempt_id text        references connection_attempts (id) on delete cascade,
  connector_key         text        not null,
  auth_config_key       text        not null,
  code_verifier         text        not null,
  config_values         jsonb       not null,
  redirect_uri          text,
  created_at            timestamptz not null,
  expires_at            timestamptz not null
);

create index oauth_authorizations_expiry on oauth_authorizations (expires_at);
