#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need (Debian packages) when missing,
# then prints a final "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")"

scripts/install-test-tools.sh || { echo "could not install the test tools"; echo "0 passed, 1 failed"; exit 1; }

results=TestResults
rm -rf "$results"
dotnet test Acs.sln -c Release --nologo \
  --logger "console;verbosity=normal" --logger "trx" --results-directory "$results" 2>&1 | tee "$results.log"
status=${PIPESTATUS[0]}

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
rm -f "$results.log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$status"
