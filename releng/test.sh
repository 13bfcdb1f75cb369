#!/usr/bin/env bash
# Builds Homeward and runs every test, the UI tests included (they open the real workbench), then the
# headless commands of the built product.
# Without a display it runs under xvfb-run. Extra arguments go to Maven.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/releng/env.sh"
cd "$root"
# then the product's headless commands, as an administrator runs them (releng/tests/headless.sh)
if [ -n "${DISPLAY:-}" ]; then
  ./mvnw clean verify "$@"
  exec releng/tests/headless.sh
fi
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "No DISPLAY and no xvfb-run: install xvfb (apt-get install xvfb xauth) or run with a display." >&2
  exit 1
fi
xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw clean verify "$@"
exec releng/tests/headless.sh
