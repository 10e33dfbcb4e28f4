#!/usr/bin/env bash
# Drives svccat's fake from a shell: start it, seed it and inject a fault through the control API (curl), call it
# with the aws CLI using only the environment it prints, read its call log, reset it. Exits non-zero on the first
# check that fails. The fake is started with $SVCCAT_FAKE_COMMAND, else `npx --no-install svccat-fake`.
set -euo pipefail

command=${SVCCAT_FAKE_COMMAND:-npx --no-install svccat-fake}
log=$(mktemp)
# shellcheck disable=SC2086 # the command is shell words on purpose
$command serve --port 0 --generate 0 >"$log" 2>&1 &
fake=$!
trap 'kill -TERM $fake 2>/dev/null; wait $fake 2>/dev/null; rm -f "$log"' EXIT

for _ in $(seq 1 600); do
  grep -q '^Control API' "$log" && break
  kill -0 $fake 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done
# The fake prints the exports every SDK and the aws CLI read; take them as they are.
eval "$(grep '^  export ' "$log")"
control="$AWS_ENDPOINT_URL_SERVICE_CATALOG/_svccat"

passed=0
failed=0
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1: expected $2, got $3"; fi
}

# Writes to the control API carry JSON (it refuses any other Content-Type, as a guard against web pages).
post() { curl -fsS -X POST -H 'content-type: application/json' "$@"; }

post "$control/products/generate" -d '{"count": 45, "seed": 3}' >/dev/null
# The CLI follows Scan's NextPageToken itself (botocore has a paginator for Scan, none for Search).
count=$(aws servicecatalog scan-provisioned-products --access-level-filter Key=Account,Value=self \
  --query 'ProvisionedProducts[].Id' --output text | tr -s '\t' '\n' | grep -c .)
check "scan pages through every seeded product" 45 "$count"

total=$(aws servicecatalog search-provisioned-products --access-level-filter Key=Account,Value=self \
  --filters SearchQuery=status:AVAILABLE --query TotalResultsCount --output text)
[ "$total" -gt 0 ] && check "search finds available products" yes yes || check "search finds available products" "> 0" "$total"

post "$control/faults" -d '{"kind": "throttle", "operation": "ScanProvisionedProducts", "times": 1}' >/dev/null
aws servicecatalog scan-provisioned-products --output json >/dev/null
throttled=$(curl -fsS "$control/calls?operation=ScanProvisionedProducts" | python3 -c 'import json,sys; print(sum(1 for c in json.load(sys.stdin)["calls"] if c.get("fault") == "throttle"))')
check "the injected throttle was answered and retried" 1 "$throttled"

set +e
error=$(aws servicecatalog scan-provisioned-products --page-size 21 2>&1)
status=$?
set -e
check "an out-of-range page size exits non-zero" 255 "$status"
case "$error" in *ValidationException*) check "it names ValidationException" yes yes ;; *) check "it names ValidationException" yes "$error" ;; esac

post "$control/reset" >/dev/null
left=$(curl -fsS "$control/products" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["ProvisionedProducts"]))')
check "reset restores the empty start" 0 "$left"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
