#!/usr/bin/env bash
# Reporting benchmark at scale: fills a benchmark database (default 200,000 demonstration cases, kept in
# ~/.cache/homeward/bench-data between runs, shared with cases.sh) and prints each built-in report's time
# next to the same aggregation as raw SQL, the chart's first paint next to a bare SWTChart, and the import
# rate of a generated XLSX next to a raw JDBC batch insert of the same rows, all in the same run.
# CASES=N and ROWS=N change the number of cases and of imported rows. Needs a display (xvfb-run here).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/env.sh"
cd "$root"
run=()
[ -n "${DISPLAY:-}" ] || run=(xvfb-run -a -s "-screen 0 1400x900x24")
"${run[@]}" ./mvnw verify -Pbench -Dhomeward.bench.cases="${CASES:-200000}" -Dhomeward.bench.rows="${ROWS:-50000}" \
  -pl tests/org.homeward.tests.login,releng/bench/org.homeward.reporting.bench,features/org.homeward.app.feature,features/org.homeward.runtime.feature \
  -am 2>&1 \
  | grep -E '^(reporting on|  [a-z]|    [a-z]|Tests run:|\[ERROR\])' || true
