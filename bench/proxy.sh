#!/usr/bin/env bash
# Proxy overhead: POST /proxy for one BambooHR GET (the time-off types, a small JSON body) against calling
# the provider-sandbox directly for the same provider request, at fixed rates, with bench/load.cjs (Node).
# The added latency is the difference of the two at each rate; the highest rate a side still achieves
# without errors is its saturation. The proxy does not apply connectors' rate limits, but requests still
# rotate over several demo accounts, as a customer's would. Needs a running `./patchbay up`.
# Usage: [PROXY_URL=...] bench/proxy.sh [seconds per run] [rates...]
# PROXY_URL defaults to the edge ($PATCHBAY_URL); PROXY_URL=http://127.0.0.1:8083 measures proxy-service alone.
# WARMUP_SECONDS (60) of proxy load come first, until the JIT has compiled the hot paths.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-30}
shift || true
RATES=${*:-1000 2000 4000}
source .patchbay/env
source .patchbay/secrets.env
PROXY_URL=${PROXY_URL:-$PATCHBAY_URL}
ACCOUNTS=${ACCOUNTS:-20}

json() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
project=$(curl -sf -u "$PATCHBAY_ADMIN_KEY:" -H 'Content-Type: application/json' \
  -d "{\"name\":\"proxy-bench-$(date +%s)\"}" "$PATCHBAY_URL/admin/projects" | json id)
key=$(curl -sf -u "$PATCHBAY_ADMIN_KEY:" -H 'Content-Type: application/json' \
  -d '{"name":"bench"}' "$PATCHBAY_URL/admin/projects/$project/api_keys" | json key)
api_key=$(curl -sf "$PATCHBAY_SANDBOX_URL/__sandbox/providers" | sed -n 's/.*"key":"bamboohr"[^}]*"apiKey":"\([^"]*\)".*/\1/p')

echo "seeding $ACCOUNTS BambooHR demo accounts into $project ..."
imports=$(mktemp -d)
trap 'rm -rf "$imports"' EXIT
# one file per import: parallel curls writing to one pipe would interleave their bodies
seq 1 "$ACCOUNTS" | xargs -P 8 -I{} curl -sf -o "$imports/{}.json" -u "$key:" -H 'Content-Type: application/json' \
  -d "{\"provider\":\"bamboohr\",\"origin_owner_id\":\"bench-{}\",\"origin_owner_name\":\"Bench {}\",\"credentials\":{\"apiKey\":\"$api_key\",\"subdomain\":\"acme\"}}" \
  "$PATCHBAY_URL/accounts" || true
accounts=$(for f in "$imports"/*.json; do json id <"$f"; echo; done | grep . | paste -sd, -)
seeded=$(tr ',' '\n' <<<"$accounts" | grep -c . || true)
echo "seeded $seeded of $ACCOUNTS accounts"
(( seeded == ACCOUNTS )) || { echo "some imports failed; not measuring with fewer accounts than planned" >&2; exit 1; }

direct="$PATCHBAY_SANDBOX_URL/api.bamboohr.com/api/gateway.php/acme/v1/meta/time_off/types"
request='{"method":"get","path":"/meta/time_off/types"}'
basic=$(printf '%s:x' "$api_key" | base64 -w0)
proxy_auth=$(printf '%s:' "$key" | base64 -w0)
proxy_headers="{\"authorization\":\"Basic $proxy_auth\",\"content-type\":\"application/json\"}"

# warm up both paths (JIT, connection pools, API-key and account caches) before measuring anything
node bench/load.cjs "$direct" 200 10 GET - "{\"authorization\":\"Basic $basic\"}" >/dev/null
node bench/load.cjs "$PROXY_URL/proxy" 200 "${WARMUP_SECONDS:-60}" POST "$request" "$proxy_headers" "$accounts" >/dev/null
for rate in $RATES; do
  echo "sandbox direct   $(node bench/load.cjs "$direct" "$rate" "$SECONDS_RUN" GET - "{\"authorization\":\"Basic $basic\"}")"
  echo "proxy $PROXY_URL $(node bench/load.cjs "$PROXY_URL/proxy" "$rate" "$SECONDS_RUN" POST "$request" "$proxy_headers" "$accounts")"
done
