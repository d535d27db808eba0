#!/usr/bin/env bash
# Scale-out check: `./patchbay up --replicas 2` (two instances of every service behind the edge router's
# round-robin) on a platform of its own (state in .patchbay-replicas-e2e/, every port moved by
# PATCHBAY_PORT_OFFSET, 1000 unless set), so it never touches a running ./patchbay up. It proves that
# running twice the instances duplicates no side effect:
#   0. each service's Flyway migrations applied once, by one of its instances;
#   1. one account.created per account, and one webhook delivery per event and subscription
#      (two subscriptions, accounts imported concurrently through both accounts-service instances);
#   2. one token refresh per expiry (an OAuth account on the provider-sandbox, its tokens expired,
#      then concurrent RPCs through both actions-service instances).
# Then it stops everything it started. Exit 0 when every check passed. REPLICAS=1 runs the same checks on
# one instance per service, to tell a scale-out problem from one that a single instance has too.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATCHBAY_STATE="$ROOT/.patchbay-replicas-e2e"
export PATCHBAY_PORT_OFFSET=${PATCHBAY_PORT_OFFSET:-1000}
EDGE="http://127.0.0.1:$((8080 + PATCHBAY_PORT_OFFSET))"
SANDBOX="http://127.0.0.1:$((8090 + PATCHBAY_PORT_OFFSET))"
RECEIVER_PORT=$((8099 + PATCHBAY_PORT_OFFSET))
DELIVERIES="$PATCHBAY_STATE/deliveries.jsonl"
REPLICAS=${REPLICAS:-2}
ACCOUNTS=8
RPCS=6
T0=$SECONDS
FAILED=0
RECEIVER_PID=

say() { echo "[$((SECONDS - T0))s] $*"; }
check() { # check <description> <command...>
  local what=$1
  shift
  if "$@"; then say "ok: $what"; else say "FAIL: $what"; FAILED=1; fi
}

stop_all() {
  [[ -n $RECEIVER_PID ]] && kill "$RECEIVER_PID" 2>/dev/null || true
  ./patchbay down >/dev/null || true
  say "stopped everything (state kept in $PATCHBAY_STATE)"
}
trap stop_all EXIT

# a fresh database, broker and sandbox every run; the build stamp stays, so an unchanged checkout is not rebuilt
mkdir -p "$PATCHBAY_STATE"
find "$PATCHBAY_STATE" -mindepth 1 -maxdepth 1 ! -name build.stamp -exec rm -rf {} +
./patchbay up --replicas "$REPLICAS" | grep -v '^  \|^$'
source "$PATCHBAY_STATE/env"
source "$PATCHBAY_STATE/secrets.env"
./patchbay status

python3 scripts/webhook-receiver.py "$RECEIVER_PORT" "$DELIVERIES" &
RECEIVER_PID=$!

api() { curl -sS --max-time 30 -u "$PATCHBAY_API_KEY:" -H 'content-type: application/json' "$@"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# ---------------------------------------------------------------- 0. migrations ran once
# a fresh database: the instances of a service start together, and Flyway's lock lets one of them migrate
migrated_once() {
  local service=$1 count
  count=$(cat "$PATCHBAY_STATE/logs/$service".log "$PATCHBAY_STATE/logs/$service"-[0-9].log 2>/dev/null |
    grep -c 'Successfully applied' || true)
  [[ $count == 1 ]] || { echo "$service: migrations applied $count times"; return 1; }
}
for service in accounts-service connect-service actions-service proxy-service logs-service webhooks-service; do
  check "$service: its migrations applied by exactly one of its instances" migrated_once "$service"
done

# ---------------------------------------------------------------- 1. account.created and webhook deliveries
for endpoint in a b; do
  api "$EDGE/webhooks" -d '{"url":"http://127.0.0.1:'"$RECEIVER_PORT"'/'"$endpoint"'","events":["account.created"]}' \
    | json '["id"]' >/dev/null
done
say "two webhook subscriptions to account.created"

ids="$PATCHBAY_STATE/accounts.txt"
for i in $(seq "$ACCOUNTS"); do
  api "$EDGE/accounts" -d '{"provider":"bamboohr","origin_owner_id":"replicas-'"$i"'","origin_owner_name":"Replicas",
    "credentials":{"apiKey":"k","subdomain":"acme"}}' | json '["id"]' >>"$ids" &
done
wait_jobs() { local job; for job in $(jobs -p); do [[ $job == "$RECEIVER_PID" ]] || wait "$job"; done; }
wait_jobs
say "imported $(wc -l <"$ids") accounts concurrently through the edge"

# the demo account seeded by `up` may be delivered too: wait for at least one delivery per account and
# subscription, then give duplicates a window to show up (any extra delivery fails the check)
deadline=$((SECONDS + 60))
until [[ -f $DELIVERIES && $(wc -l <"$DELIVERIES") -ge $((ACCOUNTS * 2)) ]] || ((SECONDS > deadline)); do sleep 0.5; done
sleep 5
check "one account.created per account, one delivery per event and subscription" \
  python3 - "$ids" "$DELIVERIES" <<'PY'
import collections, json, sys
accounts = {l.strip() for l in open(sys.argv[1]) if l.strip()}
events = collections.defaultdict(set)     # account id -> webhook-ids (event ids) of its account.created
per_subscription = collections.Counter()  # (endpoint, event id) -> deliveries
for line in open(sys.argv[2]):
    delivery = json.loads(line)
    body = delivery["body"]
    account = body["data"].get("account_id")
    if account not in accounts:
        continue  # the demo account seeded by `up`, the OAuth account of the next check
    assert body["type"] == "account.created", body["type"]
    events[account].add(delivery["webhook_id"])
    per_subscription[(delivery["path"], delivery["webhook_id"])] += 1
problems = [f"{a}: {len(events.get(a, ()))} account.created events" for a in accounts if len(events.get(a, ())) != 1]
problems += [f"{k}: delivered {n} times" for k, n in per_subscription.items() if n != 1]
for path in ("/a", "/b"):
    got = sum(1 for p, _ in per_subscription if p == path)
    if got != len(accounts):
        problems.append(f"subscription {path} got {got} of {len(accounts)} events")
print("\n".join(problems) or f"{len(accounts)} accounts: {sum(per_subscription.values())} deliveries, each once")
sys.exit(1 if problems else 0)
PY

# ---------------------------------------------------------------- 2. one token refresh per expiry
credentials=$(curl -fsS "$SANDBOX/__sandbox/providers" | python3 -c '
import json, sys
lever = next(p for p in json.load(sys.stdin) if p["key"] == "lever")
print(json.dumps(lever["demo_credentials"]))')
account=$(api "$EDGE/accounts" -d '{"provider":"lever","origin_owner_id":"replicas-oauth","origin_owner_name":"Replicas",
  "authentication_config_key":"oauth2","credentials":'"$credentials"'}' | json '["id"]')
rpc() { curl -sS -o /dev/null -w '%{http_code}\n' --max-time 60 -u "$PATCHBAY_API_KEY:" -H 'content-type: application/json' \
  -H "x-account-id: $account" "$EDGE/actions/rpc" -d '{"action":"lever_list_users"}'; }
token_requests() { curl -fsS "$SANDBOX/__sandbox/requests?provider=lever" |
  python3 -c 'import json,sys; print(sum(1 for r in json.load(sys.stdin) if r["path"].endswith("/oauth/token")))'; }

check "a first RPC on the OAuth account answers 200" test "$(rpc)" = 200
before=$(token_requests)
curl -fsS -X POST "$SANDBOX/__sandbox/providers/lever/expire-tokens"
say "lever's access tokens expired; $RPCS concurrent RPCs through $REPLICAS actions-service instance(s)"
statuses="$PATCHBAY_STATE/rpc-statuses.txt"
for i in $(seq "$RPCS"); do rpc >>"$statuses" & done
wait_jobs
refreshes=$(($(token_requests) - before))
check "every RPC after the expiry answers 200 ($(sort "$statuses" | uniq -c | tr -s ' \n' ' '))" \
  test "$(grep -cx 200 "$statuses")" -eq "$RPCS"
check "one token refresh for the expiry (saw $refreshes)" test "$refreshes" -eq 1

say "replicas e2e $( ((FAILED)) && echo FAILED || echo passed) in $((SECONDS - T0)) s"
exit "$FAILED"
