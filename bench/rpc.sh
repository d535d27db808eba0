#!/usr/bin/env bash
# RPC overhead: POST /actions/rpc for a simple list action (bamboohr_list_time_off_types: one GET, no
# mapping) against calling the provider-sandbox directly for the same provider request, at fixed rates,
# with bench/load.cjs (Node). BambooHR allows 10 requests/s per API key and the engine enforces that per
# linked account, so the RPCs rotate over enough demo accounts (seeded into a fresh project) to stay
# under it. Needs a running `./patchbay up`. Usage: [RPC_URL=...] bench/rpc.sh [seconds per run] [rates...]
# RPC_URL defaults to the edge ($PATCHBAY_URL); RPC_URL=http://127.0.0.1:8082 measures actions-service alone.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-30}
shift || true
RATES=${*:-200 1000}
source .patchbay/env
source .patchbay/secrets.env
RPC_URL=${RPC_URL:-$PATCHBAY_URL}

json() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
project=$(curl -sf -u "$PATCHBAY_ADMIN_KEY:" -H 'Content-Type: application/json' \
  -d "{\"name\":\"rpc-bench-$(date +%s)\"}" "$PATCHBAY_URL/admin/projects" | json id)
key=$(curl -sf -u "$PATCHBAY_ADMIN_KEY:" -H 'Content-Type: application/json' \
  -d '{"name":"bench"}' "$PATCHBAY_URL/admin/projects/$project/api_keys" | json key)
api_key=$(curl -sf "$PATCHBAY_SANDBOX_URL/__sandbox/providers" | sed -n 's/.*"key":"bamboohr"[^}]*"apiKey":"\([^"]*\)".*/\1/p')

max_rate=0; for r in $RATES; do (( r > max_rate )) && max_rate=$r; done
count=$(( max_rate / 5 ))   # 5 requests/s per account, half BambooHR's limit
echo "seeding $count BambooHR demo accounts into $project ..."
accounts=$(seq 1 "$count" | xargs -P 8 -I{} curl -sf -u "$key:" -H 'Content-Type: application/json' \
  -d "{\"provider\":\"bamboohr\",\"origin_owner_id\":\"bench-{}\",\"origin_owner_name\":\"Bench {}\",\"credentials\":{\"apiKey\":\"$api_key\",\"subdomain\":\"acme\"}}" \
  "$PATCHBAY_URL/accounts" | json id | paste -sd, -)
seeded=$(tr ',' '\n' <<<"$accounts" | grep -c . || true)
echo "seeded $seeded of $count accounts"
(( seeded == count )) || { echo "some imports failed; not measuring with fewer accounts than planned" >&2; exit 1; }
warm_rate=$(( count * 5 < 100 ? count * 5 : 100 ))   # warm up within every account's limit too

direct="$PATCHBAY_SANDBOX_URL/api.bamboohr.com/api/gateway.php/acme/v1/meta/time_off/types"
action='{"action":"bamboohr_list_time_off_types"}'
basic=$(printf '%s:x' "$api_key" | base64 -w0)
rpc_auth=$(printf '%s:' "$key" | base64 -w0)

for rate in $RATES; do
  # warm up both paths (JIT, connection pools, account caches) before measuring
  node bench/load.cjs "$direct" 100 5 GET - "{\"authorization\":\"Basic $basic\"}" >/dev/null
  node bench/load.cjs "$RPC_URL/actions/rpc" "$warm_rate" 5 POST "$action" \
    "{\"authorization\":\"Basic $rpc_auth\",\"content-type\":\"application/json\"}" "$accounts" >/dev/null
  echo "sandbox direct   $(node bench/load.cjs "$direct" "$rate" "$SECONDS_RUN" GET - "{\"authorization\":\"Basic $basic\"}")"
  echo "rpc $RPC_URL $(node bench/load.cjs "$RPC_URL/actions/rpc" "$rate" "$SECONDS_RUN" POST "$action" \
    "{\"authorization\":\"Basic $rpc_auth\",\"content-type\":\"application/json\"}" "$accounts")"
done
