#!/usr/bin/env bash
# Case-list benchmark at scale: fills a benchmark database (default 200,000 demonstration cases, kept in
# ~/.cache/homeward/bench-data between runs) and prints p50/p95 of the case list's first page, the
# type-ahead filter and the duplicate search, through the services and as raw SQL in the same run.
# CASES=N changes the number of cases.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/env.sh"
cd "$root"
./mvnw verify -Pbench -Dhomeward.bench.cases="${CASES:-200000}" \
  -pl tests/org.homeward.tests.login,releng/bench/org.homeward.cases.bench,features/org.homeward.app.feature,features/org.homeward.runtime.feature \
  -am 2>&1 \
  | grep -E '^(generated|name keys|search keys|case queries|  [a-z]|targets|Tests run:|\[ERROR\])' || true
