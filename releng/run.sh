#!/usr/bin/env bash
# Runs the Homeward workbench on this machine: builds the product first when it is missing or older
# than the sources, then starts it with embedded Derby in ~/.homeward (or -data DIR). Arguments go to
# the workbench; HOMEWARD_LANG=en|ar|fr chooses the language.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/releng/env.sh"
product="$root/releng/org.homeward.repository/target/products/org.homeward.product/linux/gtk/x86_64/homeward"
stamp="$root/releng/org.homeward.repository/target/products/homeward-linux.gtk.x86_64.tar.gz"
if [ ! -x "$product/homeward" ] || [ ! -f "$stamp" ] || \
   [ -n "$(find "$root/bundles" "$root/features" "$root/target-platform" "$root/releng/org.homeward.repository" \
           -path '*/target' -prune -o -type f -newer "$stamp" -print -quit)" ]; then
  echo "Building Homeward (first run, or sources changed)..." >&2
  (cd "$root" && ./mvnw -q clean verify -DskipTests)
fi
exec "$product/homeward" "$@"
