#!/usr/bin/env bash
# Departures benchmark: a charter of 150 passengers in 60 cases on the embedded database; prints the
# time to build its manifest, generate every pre-departure document and queue its notifications, per
# passenger and in total, next to one letter alone generated in the same run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/env.sh"
cd "$root"
./mvnw verify -Dtest=DeparturesBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -pl tests/org.homeward.tests.login,tests/org.homeward.movements.core.tests,features/org.homeward.app.feature,features/org.homeward.runtime.feature -am 2>&1 \
  | grep -E '^(departures benchmark|  [a-z]|Tests run:|\[ERROR\])' || true
