-- Generates :rows request logs (with 2 step logs for every tenth) over the last 30 days in schema logs,
-- in chunks of 1,000,000, the shape services produce (docs/events.md). 70 % belong to proj_bench (1,000
-- accounts, 12 providers), the rest to three other projects. Usage: psql -v rows=10000000 -f logs-seed.sql
set search_path = logs;
do $$
declare d date;
begin
  for d in select generate_series((now() at time zone 'utc')::date - 31, (now() at time zone 'utc')::date, interval '1 day')::date loop
    execute format('create table if not exists request_logs_p%s partition of request_logs for values from (%L) to (%L)',
                   to_char(d, 'YYYYMMDD'), d::text || 'T00:00:00Z', (d + 1)::text || 'T00:00:00Z');
    execute format('create table if not exists step_logs_p%s partition of step_logs for values from (%L) to (%L)',
                   to_char(d, 'YYYYMMDD'), d::text || 'T00:00:00Z', (d + 1)::text || 'T00:00:00Z');
  end loop;
end $$;

create temporary table seed_params as select :rows::bigint as total, now() as until;

create or replace function pg_temp.seed(lo bigint, hi bigint) returns void language sql as $f$
  with g as (
    select i,
           (array['bamboohr','hibob','personio','factorial','greenhouse','lever','ashby','workable',
                  'hubspot','pipedrive','salesforce','attio'])[i % 12 + 1] as provider,
           case when i % 50 = 0 then 502 when i % 20 = 0 then 404 else 200 end as status,
           p.until - ((p.total - i) * interval '30 days') / p.total as t
    from generate_series(lo, hi) i, seed_params p
  )
  insert into request_logs (request_id, event_datetime, project_id, account_id, provider, service, resource,
      action, http_method, path, url, status, success, start_time, end_time, duration, is_worker,
      source_type, source_id, source_ip, request, response)
  select 'req_' || substr(md5(i::text), 1, 20), t,
         case when i % 10 < 7 then 'proj_bench' else 'proj_other' || (i % 3) end,
         'acc_' || (i % 1000), provider,
         case i % 10 when 0 then 'accounts' when 1 then 'webhooks' else 'actions' end,
         'employees', provider || '_list_employees', 'POST', '/actions/rpc',
         'http://127.0.0.1:8080/actions/rpc', status, status < 300,
         t - (i * 7919 % 2000) * interval '1 millisecond', t, i * 7919 % 2000, false,
         case when i % 25 = 0 then 'MCP' else 'API' end, 'key_' || (i % 5), '10.0.0.' || (i % 250),
         jsonb_build_object('id', 'req_' || substr(md5(i::text), 1, 20), 'method', 'POST',
           'headers', jsonb_build_object('authorization', '[REDACTED]', 'content-type', 'application/json',
             'user-agent', 'speakeasy-sdk/typescript 4.28.0 2.721.3 1.0.0 @stackone/stackone-client-ts',
             'x-account-id', 'acc_' || (i % 1000)),
           'url', jsonb_build_object('url', 'http://127.0.0.1:8080/actions/rpc', 'path', '/actions/rpc',
             'query_params', '{}'::jsonb),
           'body', jsonb_build_object('action', provider || '_list_employees', 'query', jsonb_build_object('page_size', '25')),
           'body_truncated', false),
         jsonb_build_object('status_code', status, 'body_truncated', false,
           'body', case when status = 200 then jsonb_build_object('next', null, 'data', jsonb_build_array(
               jsonb_build_object('id', i::text, 'first_name', 'Ada', 'last_name', 'Lovelace', 'work_email', 'ada' || i || '@example.com'),
               jsonb_build_object('id', (i + 1)::text, 'first_name', 'Alan', 'last_name', 'Turing', 'work_email', 'alan' || i || '@example.com')))
             else jsonb_build_object('statusCode', status, 'message', 'The provider failed', 'timestamp', t) end)
  from g;

  insert into step_logs (request_id, seq, event_datetime, id, project_id, account_id, provider, service, resource,
      action, source_type, source_id, step_id, function, version, kind, http_method, url, status, success,
      duration, provider_request, provider_response)
  select r.request_id, s.seq, r.event_datetime, r.request_id || ':' || s.seq, r.project_id, r.account_id, r.provider,
         r.service, r.resource, r.action, r.source_type, r.source_id,
         case s.seq when 1 then 'fetch_employees' else 'map_employees' end,
         case s.seq when 1 then 'request' else 'map_fields' end, '1',
         case s.seq when 1 then 'request' else 'mapping' end,
         case s.seq when 1 then 'GET' end, case s.seq when 1 then 'https://api.bamboohr.com/api/gateway.php/acme/v1/employees' end,
         case s.seq when 1 then r.status end, r.success, r.duration / 2,
         case s.seq when 1 then jsonb_build_object('method', 'GET', 'url', 'https://api.bamboohr.com/api/gateway.php/acme/v1/employees',
           'headers', jsonb_build_object('authorization', '[REDACTED]', 'accept', 'application/json'), 'attempt', 1) end,
         case s.seq when 1 then jsonb_build_object('status', r.status, 'headers', jsonb_build_object('content-type', 'application/json'),
           'body', '{"employees":[{"id":"1"},{"id":"2"}]}') end
  from request_logs r, generate_series(1, 2) s(seq)
  where r.event_datetime >= (select until - ((total - lo) * interval '30 days') / total from seed_params)
    and r.event_datetime <= (select until - ((total - hi) * interval '30 days') / total from seed_params)
    and right(r.request_id, 1) = '0';
$f$;

select format('select pg_temp.seed(%s, %s); select clock_timestamp() as chunk_done;', lo, least(lo + 999999, total))
from seed_params, generate_series(1, total, 1000000) lo
\gexec
analyze request_logs;
analyze step_logs;
