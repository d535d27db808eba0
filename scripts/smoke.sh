#!/usr/bin/env bash
# End-to-end check of a running `./patchbay up`, through the edge router: the walking skeleton's acceptance
# steps (auth, import, account.created in the platform logs, delete, account.deleted, 404), then actions:
# the catalogue and RPCs on the seeded demo account (BambooHR on the provider-sandbox).
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

actions=$(api "$PATCHBAY_URL/actions?page_size=100")
grep -q '"bamboohr_list_employees"' <<<"$actions" || fail "GET /actions does not list bamboohr_list_employees"
listed=$(grep -o '"id":"' <<<"$actions" | wc -l)
(( listed >= 200 )) || fail "GET /actions lists only $listed actions"
echo "ok: GET /actions lists the catalogue's $listed actions"
[ -n "${PATCHBAY_DEMO_ACCOUNT_ID:-}" ] || fail "no PATCHBAY_DEMO_ACCOUNT_ID in .patchbay/env"
rpc() { api -H "x-account-id: $1" "$PATCHBAY_URL/actions/rpc" -d "$2"; }
rpc_status() { curl -s -o /dev/null -w '%{http_code}' -u "$PATCHBAY_API_KEY:" -H 'Content-Type: application/json' \
  -H "x-account-id: $1" "$PATCHBAY_URL/actions/rpc" -d "$2"; }
out=$(rpc "$PATCHBAY_DEMO_ACCOUNT_ID" '{"action":"bamboohr_list_employees"}')
grep -q '"display_name"' <<<"$out" || fail "rpc bamboohr_list_employees returned no employees: ${out:0:300}"
echo "ok: POST /actions/rpc bamboohr_list_employees returns data"
[ "$(rpc_status "$PATCHBAY_DEMO_ACCOUNT_ID" '{"action":"bamboohr_no_such_action"}')" = 404 ] || fail "unknown action should be 404"
[ "$(rpc_status "$PATCHBAY_DEMO_ACCOUNT_ID" '{"action":"bamboohr_get_employee"}')" = 400 ] || fail "missing input should be 400"
[ "$(rpc_status "$PATCHBAY_DEMO_ACCOUNT_ID" '{"action":"bamboohr_get_employee","path":{"id":7}}')" = 400 ] \
  || fail "a number where the input is a string should be 400"
[ "$(rpc_status acc_no_such_account '{"action":"bamboohr_list_employees"}')" = 404 ] || fail "unknown account should be 404"
source .patchbay/secrets.env
admin() { curl -sf -u "$PATCHBAY_ADMIN_KEY:" -H 'Content-Type: application/json' "$@"; }
json() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
other=$(admin "$PATCHBAY_URL/admin/projects" -d '{"name":"smoke-other"}' | json id)
other_key=$(admin "$PATCHBAY_URL/admin/projects/$other/api_keys" -d '{"name":"smoke"}' | json key)
foreign=$(curl -s -u "$other_key:" -H 'Content-Type: application/json' "$PATCHBAY_URL/accounts" \
  -d '{"provider":"bamboohr","origin_owner_id":"other","origin_owner_name":"Other","credentials":{"apiKey":"k","subdomain":"acme"}}' | json id)
[ -n "$foreign" ] || fail "could not import an account into another project"
[ "$(rpc_status "$foreign" '{"action":"bamboohr_list_employees"}')" = 404 ] || fail "another project's account should be 404"
echo "ok: unknown action 404, missing input 400, wrong type 400, unknown account 404, another project's account 404"
if grep -rq "smoke-secret-value\|sandbox-bamboohr-key" .patchbay/logs; then fail "a credential reached a log file"; fi
echo "ok: smoke passed (account $id)"
