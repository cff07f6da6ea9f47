#!/usr/bin/env bash
# Shared launcher of jobs/run and jobs/generate: builds the project when its sources are newer than the build, then
# runs the command in a forked JVM with Spark on the classpath and Spark's JVM module flags.
# Environment: JM_DRIVER_MEMORY (default 4g) sets the JVM heap. The build's log is target/launcher-build.log.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="$home/target"
stamp="$target/.launcher-build"
classpath_file="$target/classpath.txt"

needs_build() {
  [ -f "$stamp" ] && [ -f "$classpath_file" ] && [ -f "$target/classes/jvm-options.txt" ] || return 0
  [ -n "$(find "$home/src/main" "$home/pom.xml" -newer "$stamp" -print -quit 2>/dev/null)" ]
}

if needs_build; then
  echo "building judicial-metrics (sources changed)..." >&2
  mkdir -p "$target"
  log="$target/launcher-build.log"
  if ! (cd "$home" && mvn -B -DskipTests package dependency:build-classpath \
      -DincludeScope=compile -Dmdep.outputFile="$classpath_file") >"$log" 2>&1; then
    tail -40 "$log" >&2
    echo "error: the build failed (full log: $log)" >&2
    exit 1
  fi
  touch "$stamp"
fi

read -r -a jvm_options < "$target/classes/jvm-options.txt"
app_jar="$(ls "$target"/judicial-metrics-*-spark.jar 2>/dev/null | head -1 || true)"
# No cd: relative paths (--data, --out, a job spec file) mean what they mean in the caller's directory; the project's
# own files (jobs/, profiles, mappings, the bundled sample) are found through judicialmetrics.home.
exec java "${jvm_options[@]}" \
  -Xmx"${JM_DRIVER_MEMORY:-4g}" \
  -Djava.awt.headless=true -Duser.timezone=UTC -Duser.language=en -Duser.country=US \
  -Djudicialmetrics.home="$home" -Djudicialmetrics.app.jar="$app_jar" \
  -cp "$target/classes:$(cat "$classpath_file")" \
  org.judicialmetrics.cli.Main "$@"
