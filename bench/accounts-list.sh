#!/usr/bin/env bash
# GET /accounts throughput and latency with 10,000 accounts in one project, through the edge router of a
# running `./patchbay up`. Seeds a fresh project (so runs do not pile up in the demo project), then runs wrk.
# Needs: wrk (Debian package `wrk`), curl. Usage: bench/accounts-list.sh [accounts] [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${1:-10000}
SECONDS_RUN=${2:-30}
CONNECTIONS=${3:-16}
source .patchbay/env
source .patchbay/secrets.env
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }

json() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
project=$(curl -sf -u "$PATCHBAY_ADMIN_KEY:" -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench-$(date +%s)\"}" "$PATCHBAY_URL/admin/projects" | json id)
key=$(curl -sf -u "$PATCHBAY_ADMIN_KEY:" -H 'Content-Type: application/json' \
  -d '{"name":"bench"}' "$PATCHBAY_URL/admin/projects/$project/api_keys" | json key)

echo "seeding $ACCOUNTS accounts into $project ..."
start=$(date +%s)
seq 1 "$ACCOUNTS" | xargs -P 8 -I{} curl -sf -o /dev/null -u "$key:" -H 'Content-Type: application/json' \
  -d '{"provider":"bamboohr","origin_owner_id":"owner-{}","origin_owner_name":"Owner {}","credentials":{"api_key":"k-{}"}}' \
  "$PATCHBAY_URL/accounts"
echo "seeded in $(( $(date +%s) - start )) s"

auth=$(printf '%s:' "$key" | base64 -w0)
for query in "page_size=25" "page_size=25&page=400" "page_size=100&providers=bamboohr&status=active"; do
  echo "== GET /accounts?$query ($CONNECTIONS connections, ${SECONDS_RUN}s)"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency -H "Authorization: Basic $auth" \
    "$PATCHBAY_URL/accounts?$query" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
done
