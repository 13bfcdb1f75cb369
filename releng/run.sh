#!/usr/bin/env bash
# Runs the Homeward workbench on this machine: builds the product first when it is missing or older
# than the sources, then starts it with embedded Derby in ~/.homeward (or -data DIR). Arguments go to
# the workbench; HOMEWARD_LANG=en|ar|fr chooses the language. `--demo N` fills the database with N
# demonstration cases in the background (progress in the workbench; can be cancelled).
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
args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--demo" ] && [ $# -ge 2 ]; then
    export HOMEWARD_VMARGS="${HOMEWARD_VMARGS:-} -Dhomeward.demo=$2"
    shift 2
  else
    args+=("$1")
    shift
  fi
done
exec "$product/homeward" "${args[@]}"
