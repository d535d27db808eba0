#!/usr/bin/env bash
# RPC overhead: POST /actions/rpc (bamboohr_list_employees on the demo account) against calling the
# provider-sandbox directly for the same page, at fixed rates, with `hey` (Debian package `hey`).
# Needs a running `./patchbay up`. Usage: bench/rpc.sh [seconds per run] [rates...]
# Prints hey's latency distribution for each target and rate; docs/benchmarks.md has the last numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-30}
shift || true
RATES=${*:-200 1000}
source .patchbay/env
command -v hey >/dev/null || { echo "install hey first: apt-get install -y hey" >&2; exit 1; }

provider=$(curl -sf "$PATCHBAY_SANDBOX_URL/__sandbox/providers")
api_key=$(printf '%s' "$provider" | sed -n 's/.*"key":"bamboohr"[^}]*"apiKey":"\([^"]*\)".*/\1/p')
direct="$PATCHBAY_SANDBOX_URL/api.bamboohr.com/api/gateway.php/acme/v1/employees/directory"
body='{"action":"bamboohr_list_employees"}'

run() { # name rate args...
  local name=$1 rate=$2; shift 2
  local workers=$(( rate / 20 )); [ "$workers" -lt 1 ] && workers=1
  echo "== $name at $rate req/s ($workers workers x 20 req/s, ${SECONDS_RUN}s)"
  hey -z "${SECONDS_RUN}s" -c "$workers" -q 20 "$@" | sed -n '/Summary/,/Requests\/sec/p;/Latency distribution/,/99%/p;/Status code distribution/,/^$/p'
}

for rate in $RATES; do
  run "sandbox direct" "$rate" -H "Authorization: Basic $(printf '%s:x' "$api_key" | base64 -w0)" "$direct"
  run "POST /actions/rpc via edge" "$rate" -m POST -T application/json -d "$body" \
    -H "x-account-id: $PATCHBAY_DEMO_ACCOUNT_ID" -H "Authorization: Basic $(printf '%s:' "$PATCHBAY_API_KEY" | base64 -w0)" \
    "$PATCHBAY_URL/actions/rpc"
done
