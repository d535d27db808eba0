-- Request logs (one row per request.logged event) and their step logs, partitioned by day (UTC) on
-- the request's event_datetime. Partitions are named <table>_pYYYYMMDD; logs-service creates them
-- ahead of time and on demand, and drops whole days past the longest retention (LogPartitions).
-- The primary keys lead with the request id: it finds one log (and its steps), and makes ingestion
-- idempotent (a redelivered event has the same request id and time: insert ... on conflict do nothing).
create table request_logs (
    request_id     text        not null,
    event_datetime timestamptz not null,
    project_id     text        not null,
    account_id     text,
    provider       text,
    service        text,
    resource       text,
    sub_resource   text,
    child_resource text,
    action         text,
    http_method    text,
    path           text,
    url            text,
    status         integer,
    success        boolean,
    start_time     timestamptz,
    end_time       timestamptz,
    duration       bigint,
    is_worker      boolean,
    source_type    text,
    source_id      text,
    source_value   text,
    source_ip      text,
    request        jsonb,
    response       jsonb,
    primary key (request_id, event_datetime)
) partition by range (event_datetime);

-- newest first within a project (keyset paging, date ranges, and every filter that is not very
-- selective), and per linked account, the filter the dashboard and the client use most
create index request_logs_project_time on request_logs (project_id, event_datetime desc, request_id desc);
create index request_logs_project_account_time on request_logs (project_id, account_id, event_datetime desc, request_id desc);

-- One row per step of the connector engine inside a request, with the request's filterable fields
-- copied so that step searches need no join; the step's own method, url, status, success and duration.
create table step_logs (
    request_id        text        not null,
    seq               integer     not null,
    event_datetime    timestamptz not null,
    id                text        not null,
    project_id        text        not null,
    account_id        text,
    provider          text,
    service           text,
    resource          text,
    sub_resource      text,
    child_resource    text,
    action            text,
    source_type       text,
    source_id         text,
    source_value      text,
    step_id           text,
    function          text,
    version           text,
    kind              text,
    http_method       text,
    url               text,
    status            integer,
    success           boolean,
    duration          bigint,
    message           text,
    provider_request  jsonb,
    provider_response jsonb,
    primary key (request_id, seq, event_datetime)
) partition by range (event_datetime);

create index step_logs_project_time on step_logs (project_id, event_datetime desc, request_id desc, seq desc);

-- platform logs are few; they keep their table and are trimmed to the retention by deletion
create index platform_logs_time on platform_logs (event_datetime);
