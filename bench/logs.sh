#!/usr/bin/env bash
# Request logs: sustained ingestion rate, GET /logs p50/p95 with filters over ROWS stored logs, bytes per row.
# Runs the packaged logs-service against a PostgreSQL of your own (database logs_bench, dropped and recreated)
# and a Kafka broker of its own on 127.0.0.1:19092, so it never touches a running `./patchbay up`.
# Needs: psql, createdb, dropdb (PGHOST/PGPORT/PGUSER of a server you may write to), java, node, python3,
# `./mvnw -pl logs-service,platform-local -am package -DskipTests` done (or KAFKA_LIB pointing at Kafka's jars).
# KEEP_DB=1 reuses logs_bench as it is (seeding only when it has no logs yet); SERVICE_OPTS are extra JVM options
# of logs-service.
# Usage: bench/logs.sh [rows=10000000] [events=100000] [requests per query=200]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-10000000}
EVENTS=${2:-100000}
COUNT=${3:-200}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
KAFKA_LIB=${KAFKA_LIB:-platform-local/target/kafka-lib}
WORK=$PWD/logs-service/target/bench
SERVICE_PORT=18085 STUB_PORT=18081 KAFKA_PORT=19092
rm -rf "$WORK" && mkdir -p "$WORK"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
wait_port() { for _ in $(seq 1 120); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 1; done; return 1; }
sql() { psql -qtAX -d logs_bench -c "$1"; }

echo "== Kafka on :$KAFKA_PORT"
cat >"$WORK/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:19093
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:19093
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$WORK/kafka
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
java -cp "$KAFKA_LIB/*" kafka.tools.StorageTool format -t "$(java -cp "$KAFKA_LIB/*" kafka.tools.StorageTool random-uuid)" \
  -c "$WORK/server.properties" >"$WORK/kafka-format.log" 2>&1
java -Xmx512m -XX:+UseSerialGC -cp "$KAFKA_LIB/*" kafka.Kafka "$WORK/server.properties" >"$WORK/kafka.log" 2>&1 &
pids+=($!)
wait_port $KAFKA_PORT

echo "== API-key stub on :$STUB_PORT (every key is proj_bench's)"
python3 - "$STUB_PORT" >"$WORK/stub.log" 2>&1 <<'PY' &
import http.server, sys
class Stub(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        body = b'{"key_id":"key_bench","project_id":"proj_bench"}'
        self.send_response(200); self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body))); self.end_headers(); self.wfile.write(body)
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Stub).serve_forever()
PY
pids+=($!)
wait_port $STUB_PORT

echo "== logs-service on :$SERVICE_PORT, database logs_bench"
if [ "${KEEP_DB:-0}" != 1 ]; then dropdb --if-exists logs_bench && createdb logs_bench; fi
PATCHBAY_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/logs_bench" PATCHBAY_DB_USER=$PGUSER PATCHBAY_DB_PASSWORD="${PGPASSWORD:-}" \
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT PATCHBAY_INTERNAL_TOKEN=bench PATCHBAY_ACCOUNTS_URL=http://127.0.0.1:$STUB_PORT \
  QUARKUS_HTTP_PORT=$SERVICE_PORT java -Xmx256m ${SERVICE_OPTS:-} -jar logs-service/target/quarkus-app/quarkus-run.jar >"$WORK/logs-service.log" 2>&1 &
pids+=($!)
wait_port $SERVICE_PORT

echo "== ingestion: $EVENTS request.logged events (2 steps each), produced as fast as Kafka takes them"
sql "delete from logs.request_logs where project_id = 'proj_ingest'; delete from logs.step_logs where project_id = 'proj_ingest'"
java -cp "$KAFKA_LIB/*" bench/LogEventsProducer.java 127.0.0.1:$KAFKA_PORT "$EVENTS" proj_ingest
first="" stored=0
until [ "$stored" -ge "$EVENTS" ]; do
  stored=$(sql "select count(*) from logs.request_logs where project_id = 'proj_ingest'")
  now=$(date +%s.%N)
  if [ -z "$first" ] && [ "$stored" -gt 0 ]; then first=$now first_count=$stored; fi
  sleep 0.5
done
echo "stored $EVENTS logs; sustained $(python3 -c "print(round(($stored - $first_count) / ($now - $first)))") events/s"

if [ "$(sql "select count(*) from logs.request_logs where project_id <> 'proj_ingest'")" = 0 ]; then
  echo "== seeding $ROWS logs (psql, in chunks of 1,000,000)"
  start=$(date +%s)
  psql -qX -d logs_bench -v rows="$ROWS" -f bench/logs-seed.sql
  echo "seeded in $(( $(date +%s) - start )) s"
fi

echo "== storage"
psql -X -d logs_bench -c "
  select t.name, count_rows as rows,
         pg_size_pretty(sum(pg_total_relation_size(c.oid))) as total,
         round(sum(pg_total_relation_size(c.oid)) / greatest(count_rows, 1)) as bytes_per_row,
         round(sum(pg_relation_size(c.oid)) / greatest(count_rows, 1)) as heap_bytes_per_row
  from (values ('request_logs', (select count(*) from logs.request_logs)),
               ('step_logs', (select count(*) from logs.step_logs))) t(name, count_rows)
  join pg_inherits i on i.inhparent = ('logs.' || t.name)::regclass
  join pg_class c on c.oid = i.inhrelid
  group by t.name, count_rows;"

echo "== GET /logs, one request at a time, $COUNT per query (project proj_bench: 70 % of the rows)"
day=$(date -u -d '7 days ago' +%Y-%m-%dT%H:%M:%SZ)
nextday=$(date -u -d '6 days ago' +%Y-%m-%dT%H:%M:%SZ)
one=$(sql "select request_id from logs.request_logs where project_id = 'proj_bench' order by event_datetime limit 1 offset 12345")
cursor=$(curl -sf -u bench: "http://127.0.0.1:$SERVICE_PORT/logs?page_size=25" | python3 -c 'import json,sys; print(json.load(sys.stdin)["next"])')
node bench/logs-queries.cjs "http://127.0.0.1:$SERVICE_PORT" bench "$COUNT" \
  "/logs" \
  "/logs?next=$cursor" \
  "/logs?page_size=100" \
  "/logs?account_ids=acc_12" \
  "/logs?providers=hibob" \
  "/logs?services=webhooks" \
  "/logs?status_codes=502" \
  "/logs?success=false" \
  "/logs?source_types=MCP" \
  "/logs?start_date=$day&end_date=$nextday" \
  "/logs?start_date=$day&end_date=$nextday&order_by=duration" \
  "/logs?account_ids=acc_12&include=step_logs" \
  "/logs?request_ids=$one" \
  "/logs/$one" \
  "/logs/$one/steps" \
  "/requests/logs/steps?providers=bamboohr"
# no row matches (the seeded failures are all service accounts): the whole window is walked, so only a few
echo "== a filter that matches nothing, bounded by one day, and unbounded (90 days)"
node bench/logs-queries.cjs "http://127.0.0.1:$SERVICE_PORT" bench 3 \
  "/logs?success=false&services=actions&start_date=$day&end_date=$nextday" \
  "/logs?success=false&services=actions"
