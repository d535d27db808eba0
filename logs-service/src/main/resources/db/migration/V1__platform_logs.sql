-- One row per platform event (account.created, ...); the id is the CloudEvent id.
create table platform_logs (
    id             text        primary key,
    project_id     text        not null,
    account_id     text,
    category       text        not null,
    action         text        not null,
    event_type     text        not null,
    source         text        not null,
    event_datetime timestamptz not null,
    data           jsonb       not null
);
-- newest first within a project (keyset paging), optionally for some accounts
create index platform_logs_project_time on platform_logs (project_id, event_datetime desc, id desc);
create index platform_logs_project_account_time on platform_logs (project_id, account_id, event_datetime desc, id desc);
