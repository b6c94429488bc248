# Sourced by the bench scripts: a JDK 21 or newer in JAVA_HOME — JAVA_HOME itself if it is one, else the newest under
# /usr/lib/jvm or ~/.sdkman (as the toolchain in pom.xml does).
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [[ -z "${JAVA_HOME:-}" || "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 21 ]]; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/*; do
    [[ -x "$candidate/bin/java" ]] || continue
    if [[ "$(java_major "$candidate" || echo 0)" -ge 21 ]]; then JAVA_HOME=$candidate; fi
  done
  [[ -n "$JAVA_HOME" ]] || { echo "No JDK 21+ found; set JAVA_HOME" >&2; exit 1; }
fi
export JAVA_HOME
