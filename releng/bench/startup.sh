#!/usr/bin/env bash
# Start-up benchmark: Homeward against a bare e4 window built from the same target in the same run.
# Each product is started RUNS times (after one warm-up start each, not counted), alternating, under Xvfb.
# A start is timed from the launch of the process to the workbench's "ready" event (StartupProbe:
# start-up complete and the event loop running, window shown), written to a marker file; the
# workbench then closes itself cleanly. Prints every time, the medians and the ratio.
# BEFORE=<dir of another Homeward product> (an earlier build) is started in the same run, alternating
# with the other two, and its median and ratio are printed too: before and after from one run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/env.sh"
RUNS=${RUNS:-5}
TIMEOUT_S=${TIMEOUT_S:-120}

if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "bench: building both products (-Pbench, tests skipped)..." >&2
  (cd "$root" && ./mvnw -q clean verify -Pbench -DskipTests)
fi
homeward="$root/releng/org.homeward.repository/target/products/org.homeward.product/linux/gtk/x86_64/homeward"
bare="$root/releng/bench/org.homeward.bench.product/target/products/org.homeward.bench.bare.product/linux/gtk/x86_64"

work=$(mktemp -d)
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 90 120); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
  Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=":$n"
  for _ in $(seq 1 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.05; done
fi

# one start of product $1 (dir), data dir $2; prints milliseconds from launch to ready
start_once() {
  local dir=$1 data=$2 marker="$work/marker" launcher t0 t1 pid
  rm -f "$marker"
  launcher=$(ls "$dir"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
  t0=$(date +%s%3N)
  "$JAVA_HOME/bin/java" -Dosgi.requiredJavaVersion=21 -Dhomeward.startup.marker="$marker" \
    -Dhomeward.startup.closeWhenReady=true -jar "$launcher" -nl fr -data "$data" >"$work/out.log" 2>&1 &
  pid=$!
  # wait for the ready event (the marker file), not for a fixed time
  local deadline=$(( $(date +%s) + TIMEOUT_S ))
  until [ -s "$marker" ]; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
      echo "bench: $dir did not become ready; see $work/out.log and $data/.metadata/.log" >&2
      kill "$pid" 2>/dev/null || true
      exit 1
    fi
    sleep 0.01
  done
  t1=$(cat "$marker")
  wait "$pid" || true
  echo $(( t1 - t0 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

start_once "$homeward" "$work/homeward-data" >/dev/null   # warm-up: creates the database, like a first start
start_once "$bare" "$work/bare-data" >/dev/null
if [ -n "${BEFORE:-}" ]; then start_once "$BEFORE" "$work/before-data" >/dev/null; fi
h=(); b=(); p=()
for i in $(seq 1 "$RUNS"); do
  h+=("$(start_once "$homeward" "$work/homeward-data")")
  b+=("$(start_once "$bare" "$work/bare-data")")
  if [ -n "${BEFORE:-}" ]; then p+=("$(start_once "$BEFORE" "$work/before-data")"); fi
done
hm=$(printf '%s\n' "${h[@]}" | median)
bm=$(printf '%s\n' "${b[@]}" | median)
db=$(grep -ho 'en [0-9]* ms, sch' "$work/homeward-data/.metadata/.log" | tail -n 1 | tr -dc '0-9')
echo "start-up to workbench ready, $RUNS runs each ($(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1))"
printf '  %-22s %s ms   median %s ms\n' "Homeward" "${h[*]}" "$hm"
printf '  %-22s %s ms   median %s ms\n' "bare e4 window" "${b[*]}" "$bm"
awk -v h="$hm" -v b="$bm" 'BEGIN { printf "  ratio Homeward / bare: %.2f (goal: 1.15 or less)\n", h / b }'
if [ -n "${BEFORE:-}" ]; then
  pm=$(printf '%s\n' "${p[@]}" | median)
  printf '  %-22s %s ms   median %s ms\n' "Homeward before" "${p[*]}" "$pm"
  awk -v h="$hm" -v p="$pm" -v b="$bm" 'BEGIN { printf "  ratio before / bare: %.2f; now / before: %.2f\n", p / b, h / p }'
fi
[ -n "$db" ] && echo "  database boot (off the UI thread, last start): $db ms"
