#!/usr/bin/env bash
# Webhook delivery on a running `./patchbay up`:
#  1. event-to-delivery latency: N accounts imported one after another, each account.created delivered to a
#     local sink; latency = arrival - event time (p50/p95);
#  2. deliveries/s at saturation: the same N events replayed at once (N pending deliveries), drained.
# Usage: bench/webhooks.sh [events]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
PORT=3999
source .patchbay/env
node bench/webhook-sink.cjs $PORT & sink=$!
trap 'kill $sink' EXIT
sleep 0.5
api() { curl -sf -u "$PATCHBAY_API_KEY:" -H 'Content-Type: application/json' "$@"; }
json() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
sub=$(api "$PATCHBAY_URL/webhooks" -d "{\"url\":\"http://127.0.0.1:$PORT/hook\",\"events\":[\"account.created\"]}" | json id)
since=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
sleep 1
echo "importing $N accounts (4 at a time) ..."
seq 1 "$N" | xargs -P 4 -I{} curl -sf -o /dev/null -u "$PATCHBAY_API_KEY:" -H 'Content-Type: application/json' \
  -d '{"provider":"bench","origin_owner_id":"wh-{}","origin_owner_name":"Bench {}"}' "$PATCHBAY_URL/accounts"
until [ "$(curl -s 127.0.0.1:$PORT/stats | sed -n 's/.*"count":\([0-9]*\).*/\1/p')" -ge "$N" ]; do sleep 0.5; done
echo "latency (import -> delivery): $(curl -s 127.0.0.1:$PORT/stats)"

curl -s -o /dev/null 127.0.0.1:$PORT/reset
api "$PATCHBAY_URL/webhooks/$sub/replay" -d "{\"since\":\"$since\"}" >/dev/null
until [ "$(curl -s 127.0.0.1:$PORT/stats | sed -n 's/.*"count":\([0-9]*\).*/\1/p')" -ge "$N" ]; do sleep 0.5; done
echo "saturation (replay of $N): $(curl -s 127.0.0.1:$PORT/stats)"
api -X DELETE "$PATCHBAY_URL/webhooks/$sub" >/dev/null
