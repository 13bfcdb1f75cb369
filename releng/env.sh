# Sourced by Homeward's scripts: picks a JDK 21 or newer for Maven and the workbench.
# Order: JAVA_HOME if it is 21+, else the newest 21+ JDK under /usr/lib/jvm, else `java` on the PATH if 21+.

homeward_java_major() { # $1 = java executable
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}

homeward_pick_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(homeward_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ]; then return 0; fi
  fi
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(homeward_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate; best_major=$major
    fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(homeward_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ]; then best=$candidate; fi
  fi
  if [ -z "$best" ]; then
    echo "Homeward needs a JDK 21 or newer: set JAVA_HOME to one (found none under /usr/lib/jvm)." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

homeward_pick_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
