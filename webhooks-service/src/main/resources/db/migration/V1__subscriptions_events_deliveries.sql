-- A project's webhook endpoints. Signing secrets are sealed (envelope encryption); during a
-- rotation the previous secret keeps signing until previous_secret_expires_at.
create table subscriptions (
    id                          text        primary key,
    project_id                  text        not null,
    url                         text        not null,
    events                      jsonb       not null,
    description                 text,
    enabled                     boolean     not null,
    disabled_reason             text,
    secret_ciphertext           bytea       not null,
    secret_dek                  bytea       not null,
    secret_key_id               text        not null,
    previous_secret_ciphertext  bytea,
    previous_secret_dek         bytea,
    previous_secret_key_id      text,
    previous_secret_expires_at  timestamptz,
    consecutive_failures        integer     not null default 0,
    circuit_open_until          timestamptz,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null
);
create index subscriptions_project on subscriptions (project_id, created_at);

-- Every platform event received, as the exact body that is signed and sent (kept for replay).
create table events (
    id           text        primary key,
    project_id   text        not null,
    type         text        not null,
    ordering_key text        not null,
    occurred_at  timestamptz not null,
    body         text        not null
);
create index events_project_time on events (project_id, occurred_at);

-- One row per (subscription, event) to deliver, written before the first attempt. Only the oldest
-- pending delivery of a (subscription, ordering_key) is attempted, so order per account holds.
create table deliveries (
    seq             bigserial   primary key,
    id              text        not null unique,
    subscription_id text        not null references subscriptions (id) on delete cascade,
    event_id        text        not null references events (id),
    ordering_key    text        not null,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      text,
    created_at      timestamptz not null,
    completed_at    timestamptz
);
create index deliveries_pending on deliveries (subscription_id, ordering_key, seq) where status = 'pending';
create index deliveries_due on deliveries (next_attempt_at) where status = 'pending';
create index deliveries_subscription on deliveries (subscription_id, seq desc);
