-- The accounts each connect session linked: the /hub API lets a session's token read and edit only
-- these (and the account the session was created to edit).
create table session_accounts (
  session_id bigint      not null references connect_sessions (id) on delete cascade,
  account_id text        not null,
  linked_at  timestamptz not null,
  primary key (session_id, account_id)
);
