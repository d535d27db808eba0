#!/usr/bin/env bash
# End-to-end check of a running `./patchbay up`, through the edge router: the walking skeleton's acceptance
# steps (auth, import, account.created in the platform logs, delete, account.deleted, 404).
set -euo pipefail
cd "$(dirname "$0")/.."
source .patchbay/env
fail() { echo "FAIL: $*" >&2; exit 1; }
api() { curl -s -u "$PATCHBAY_API_KEY:" -H 'Content-Type: application/json' "$@"; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

[ "$(status "$PATCHBAY_URL/accounts")" = 401 ] || fail "no key should answer 401"
curl -s "$PATCHBAY_URL/accounts" | grep -q '"statusCode":401' || fail "401 without the error body"
[ "$(status -u "$PATCHBAY_API_KEY:" "$PATCHBAY_URL/accounts")" = 200 ] || fail "GET /accounts with the key"

id=$(api "$PATCHBAY_URL/accounts" -d '{"provider":"bamboohr","origin_owner_id":"smoke","origin_owner_name":"Smoke",
  "credentials":{"api_key":"smoke-secret-value"}}' | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
[ -n "$id" ] || fail "import did not answer an id"

wait_for() {
  local what=$1 start=$SECONDS
  until api "$PATCHBAY_URL/logs/platform?account_ids=$id" | grep -q "\"event_type\":\"$what\""; do
    (( SECONDS - start < 5 )) || fail "$what not in /logs/platform within 5 s"
    sleep 0.1
  done
  echo "ok: $what listed by GET /logs/platform"
}
wait_for account.created
[ "$(status -u "$PATCHBAY_API_KEY:" -X DELETE "$PATCHBAY_URL/accounts/$id")" = 200 ] || fail "delete"
wait_for account.deleted
[ "$(status -u "$PATCHBAY_API_KEY:" "$PATCHBAY_URL/accounts/$id")" = 404 ] || fail "deleted account should be 404"
[ "$(status -u "$PATCHBAY_API_KEY:" "$PATCHBAY_URL/requests/platform-logs?account_ids=$id")" = 200 ] || fail "alias"
if grep -rq "smoke-secret-value" .patchbay/logs; then fail "a credential reached a log file"; fi
echo "ok: smoke passed (account $id)"
