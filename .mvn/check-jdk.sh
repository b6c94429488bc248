#!/bin/sh
# Stiel builds with JDK 21 or newer, picked by maven-toolchains-plugin even when the default java is older.
# This check runs first so that a machine without any JDK 21+ gets one clear line instead of a toolchain error.
# It looks where the plugin's discovery looks; when in doubt it lets the build go on.
set -u

major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

for home in "${JAVA_HOME-}" $(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")") \
    /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
    "$HOME"/.m2/jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  [ -n "$home" ] && [ -x "$home/bin/javac" ] || continue
  v=$(major "$home")
  [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null && exit 0
done
[ -f "$HOME/.m2/toolchains.xml" ] && exit 0

echo "Stiel needs a JDK 21 or newer and found none: install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+ under /usr/lib/jvm) or set JAVA_HOME to it." >&2
exit 1
