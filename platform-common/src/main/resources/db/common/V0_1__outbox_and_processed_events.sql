-- Event plumbing every service shares: the transactional outbox and the consumers' dedupe table.
create table outbox (
    seq          bigserial primary key,
    id           text        not null unique,
    topic        text        not null,
    event_key    text        not null,
    payload      jsonb       not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
create index outbox_pending on outbox (seq) where published_at is null;

create table processed_events (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
