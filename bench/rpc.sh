#!/usr/bin/env bash
# RPC overhead: POST /actions/rpc for a simple list action (bamboohr_list_time_off_types: one GET, no
# mapping) against calling the provider-sandbox directly for the same provider request, at fixed rates,
# with bench/load.cjs (Node). BambooHR allows 10 requests/s per API key and the engine enforces that per
# linked account, so the RPCs rotate over enough demo accounts (seeded into a fresh project) to stay
# under it. Needs a running `./patchbay up`. Usage: [RPC_URL=...] bench/rpc.sh [seconds per run] [rates...]
# RPC_URL defaults to the edge ($PATCHBAY_URL); RPC_URL=http://127.0.0.1:8082 measures actions-service alone.
# WARMUP_SECONDS (90) of RPC load come first, until the JIT has compiled the hot paths.
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
imports=$(mktemp -d)
trap 'rm -rf "$imports"' EXIT
# one file per import: parallel curls writing to one pipe would interleave their bodies
seq 1 "$count" | xargs -P 8 -I{} curl -sf -o "$imports/{}.json" -u "$key:" -H 'Content-Type: application/json' \
  -d "{\"provider\":\"bamboohr\",\"origin_owner_id\":\"bench-{}\",\"origin_owner_name\":\"Bench {}\",\"credentials\":{\"apiKey\":\"$api_key\",\"subdomain\":\"acme\"}}" \
  "$PATCHBAY_URL/accounts" || true
accounts=$(for f in "$imports"/*.json; do json id <"$f"; echo; done | grep . | paste -sd, -)
seeded=$(tr ',' '\n' <<<"$accounts" | grep -c . || true)
echo "seeded $seeded of $count accounts"
(( seeded == count )) || { echo "some imports failed; not measuring with fewer accounts than planned" >&2; exit 1; }
warm_rate=$(( count * 5 < 100 ? count * 5 : 100 ))   # warm up within every account's limit too

direct="$PATCHBAY_SANDBOX_URL/api.bamboohr.com/api/gateway.php/acme/v1/meta/time_off/types"
action='{"action":"bamboohr_list_time_off_types"}'
basic=$(printf '%s:x' "$api_key" | base64 -w0)
rpc_auth=$(printf '%s:' "$key" | base64 -w0)

# warm up both paths (JIT compilation settles after about a minute of load, connection pools,
# account caches) before measuring anything
node bench/load.cjs "$direct" 100 10 GET - "{\"authorization\":\"Basic $basic\"}" >/dev/null
node bench/load.cjs "$RPC_URL/actions/rpc" "$warm_rate" "${WARMUP_SECONDS:-90}" POST "$action" \
  "{\"authorization\":\"Basic $rpc_auth\",\"content-type\":\"application/json\"}" "$accounts" >/dev/null
for rate in $RATES; do
  echo "sandbox direct   $(node bench/load.cjs "$direct" "$rate" "$SECONDS_RUN" GET - "{\"authorization\":\"Basic $basic\"}")"
  echo "rpc $RPC_URL $(node bench/load.cjs "$RPC_URL/actions/rpc" "$rate" "$SECONDS_RUN" POST "$action" \
    "{\"authorization\":\"Basic $rpc_auth\",\"content-type\":\"application/json\"}" "$accounts")"
done
