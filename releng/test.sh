#!/usr/bin/env bash
# Builds Homeward and runs every test, the UI tests included (they open the real workbench), then the
# headless commands of the built product.
# Without a display it runs under xvfb-run. Extra arguments go to Maven.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/releng/env.sh"
cd "$root"
# The service tests run on embedded Derby and, when PostgreSQL is installed (Debian's postgresql), a second
# time on a throw-away PostgreSQL server (releng/tests/postgresql.sh); HOMEWARD_TEST_POSTGRESQL=no skips it.
pg_args=()
if [ "${HOMEWARD_TEST_POSTGRESQL:-yes}" != no ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  pg_dir="$(mktemp -d -t homeward-postgresql.XXXXXX)" # its own folder, handed to the server's user
  trap 'releng/tests/postgresql.sh stop "$pg_dir"' EXIT
  databases=()
  for t in tests/*.tests; do databases+=("$(basename "$t")"); done
  databases+=(headless) # releng/tests/headless.sh: two workstations on one server
  pg_settings="$(releng/tests/postgresql.sh start "$pg_dir" "${HOMEWARD_TEST_POSTGRESQL_PORT:-54329}" "${databases[@]}")"
  pg_args=("-Dhomeward.test.postgresql.url=$(sed -n 's/^url=//p' <<<"$pg_settings")"
    "-Dhomeward.test.postgresql.options=$(sed -n 's/^options=//p' <<<"$pg_settings")"
    "-Dhomeward.test.postgresql.password=$(sed -n 's/^password=//p' <<<"$pg_settings")")
  export HOMEWARD_TEST_PG_URL="$(sed -n 's/^url=//p' <<<"$pg_settings")"
  export HOMEWARD_TEST_PG_OPTIONS="$(sed -n 's/^options=//p' <<<"$pg_settings")"
  export HOMEWARD_TEST_PG_PASSWORD="$(sed -n 's/^password=//p' <<<"$pg_settings")"
  echo "test: the service tests run on embedded Derby and on PostgreSQL $(ls -d /usr/lib/postgresql/*/ | sort -V | tail -n 1 | xargs basename)"
else
  echo "test: the service tests run on embedded Derby only (no PostgreSQL server installed)"
fi
# then the product's headless commands, as an administrator runs them (releng/tests/headless.sh)
if [ -n "${DISPLAY:-}" ]; then
  ./mvnw clean verify "${pg_args[@]}" "$@"
  releng/tests/headless.sh
  exit
fi
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "No DISPLAY and no xvfb-run: install xvfb (apt-get install xvfb xauth) or run with a display." >&2
  exit 1
fi
xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw clean verify "${pg_args[@]}" "$@"
releng/tests/headless.sh
