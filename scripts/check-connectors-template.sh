#!/usr/bin/env bash
# Validates a downloaded copy of the public StackOneHQ/connectors-template repository (or any tree of
# StackOne-format connectors) with our loader: every folder holding a *.s1.yaml is loaded, one line each.
# Usage: scripts/check-connectors-template.sh <dir>...   (exit status 0 only when every connector loads)
# The results of the last run are recorded in docs/connectors-template.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
(($# > 0)) || { echo "usage: $0 <dir>... (a checkout or copy of connectors-template)" >&2; exit 2; }
status=0
for dir in "$@"; do
  [[ -d $dir ]] || { echo "$dir: not a folder" >&2; exit 2; }
  echo "== $dir"
  # from inside the copy, so that every line names the connector folder relative to it
  (cd "$dir" && "$ROOT/patchbay" connector validate .) || status=1
done
exit "$status"
