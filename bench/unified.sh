#!/usr/bin/env bash
# Unified list latency: GET /unified/hris/employees?page_size=100 (BambooHR: one custom report of the
# sandbox's 120 employees, map_fields + typecast of each, the first 100 answered) at fixed rates, against
# the same provider request sent to the provider-sandbox directly, with bench/load.cjs (Node). The engine
# keeps to BambooHR's 10 requests/s per linked account, so the calls rotate over demo accounts seeded
# into a fresh project (5 requests/s each). Needs a running `./patchbay up`.
# Usage: [UNIFIED_URL=...] bench/unified.sh [seconds per run] [rates...]
# UNIFIED_URL defaults to the edge ($PATCHBAY_URL); http://127.0.0.1:8082 measures actions-service alone.
# WARMUP_SECONDS (60) of load come first, until the JIT has compiled the hot paths.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-20}
shift || true
RATES=${*:-20 50}
source .patchbay/env
source .patchbay/secrets.env
UNIFIED_URL=${UNIFIED_URL:-$PATCHBAY_URL}

json() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
project=$(curl -sf -u "$PATCHBAY_ADMIN_KEY:" -H 'Content-Type: application/json' \
  -d "{\"name\":\"unified-bench-$(date +%s)\"}" "$PATCHBAY_URL/admin/projects" | json id)
key=$(curl -sf -u "$PATCHBAY_ADMIN_KEY:" -H 'Content-Type: application/json' \
  -d '{"name":"bench"}' "$PATCHBAY_URL/admin/projects/$project/api_keys" | json key)
api_key=$(curl -sf "$PATCHBAY_SANDBOX_URL/__sandbox/providers" | sed -n 's/.*"key":"bamboohr"[^}]*"apiKey":"\([^"]*\)".*/\1/p')

max_rate=0; for r in $RATES; do (( r > max_rate )) && max_rate=$r; done
count=$(( (max_rate + 4) / 5 ))
echo "seeding $count BambooHR demo accounts into $project ..."
imports=$(mktemp -d)
trap 'rm -rf "$imports"' EXIT
seq 1 "$count" | xargs -P 4 -I{} curl -sf -o "$imports/{}.json" -u "$key:" -H 'Content-Type: application/json' \
  -d "{\"provider\":\"bamboohr\",\"origin_owner_id\":\"bench-{}\",\"origin_owner_name\":\"Bench {}\",\"credentials\":{\"apiKey\":\"$api_key\",\"subdomain\":\"acme\"}}" \
  "$PATCHBAY_URL/accounts" || true
accounts=$(for f in "$imports"/*.json; do json id <"$f"; echo; done | grep . | paste -sd, -)
seeded=$(tr ',' '\n' <<<"$accounts" | grep -c . || true)
(( seeded == count )) || { echo "seeded $seeded of $count accounts; not measuring with fewer" >&2; exit 1; }

list="$UNIFIED_URL/unified/hris/employees?page_size=100"
auth=$(printf '%s:' "$key" | base64 -w0)
basic=$(printf '%s:x' "$api_key" | base64 -w0)
direct="$PATCHBAY_SANDBOX_URL/api.bamboohr.com/api/gateway.php/acme/v1/reports/custom?format=JSON&onlyCurrent=false"
report='{"title":"Patchbay employees","fields":["id","firstName","lastName","displayName","preferredName","workEmail","homeEmail","workPhone","mobilePhone","jobTitle","department","division","location","gender","dateOfBirth","hireDate","terminationDate","status","employmentHistoryStatus","supervisorEId","employeeNumber","lastChanged"]}'

curl -sf -u "$key:" -H "x-account-id: ${accounts%%,*}" "$list" | grep -q '"next":"' \
  || { echo "the list did not answer a page of 100 with a next" >&2; exit 1; }
warm=$(( count * 5 < 50 ? count * 5 : 50 ))
node bench/load.cjs "$list" "$warm" "${WARMUP_SECONDS:-60}" GET - "{\"authorization\":\"Basic $auth\"}" "$accounts" >/dev/null
for rate in $RATES; do
  echo "sandbox direct  $(node bench/load.cjs "$direct" "$rate" "$SECONDS_RUN" POST "$report" \
    "{\"authorization\":\"Basic $basic\",\"content-type\":\"application/json\"}")"
  echo "unified $UNIFIED_URL $(node bench/load.cjs "$list" "$rate" "$SECONDS_RUN" GET - \
    "{\"authorization\":\"Basic $auth\"}" "$accounts")"
done
