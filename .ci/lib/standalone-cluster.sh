# A real Spark standalone cluster on loopback (one master, one worker), started from the Maven jars: sourced by
# .ci/cluster-smoke and .ci/submit-smoke. Needs the project built (target/classpath.txt, target/classes/jvm-options.txt);
# run from the project root.
#
#   spark_only_classpath WORK     writes WORK/spark-classpath.txt: Spark's own jars (spark-sql_2.13 and what it brings,
#                                 at the versions the project resolves), none of our libraries
#   standalone_cluster_start WORK builds WORK/spark-home (jars/ linking those jars, conf/, RELEASE), clears
#                                 WORK/worker, starts the master and the worker and waits until the worker has registered
#   standalone_cluster_stop       stops both (call it from the caller's EXIT trap)
#   standalone_cluster_apps       the application folders the worker ran executors for (one a line)
#
# After standalone_cluster_start: SPARK_MASTER_URL, SPARK_HOME, SPARK_SCALA_VERSION and SPARK_LOCAL_IP are exported,
# and the array spark_jvm_options holds Spark's JVM module flags (target/classes/jvm-options.txt).

SPARK_MASTER_URL="spark://127.0.0.1:7077"
_sc_master_pid=""
_sc_worker_pid=""
_sc_work=""

# Spark's jars alone, as a Spark installation has them: a throwaway pom naming only spark-sql_2.13 (at the pom's
# spark.version, with Jackson's BOM at spark.jackson.version as the project imports it) resolved by Maven. Checked to be
# a subset of the project's compile classpath, so the cluster runs exactly the Spark the local run does.
spark_only_classpath() {
  local work="$1" out="$1/spark-classpath.txt" pom_dir="$1/spark-only"
  if [ -s "$out" ] && [ "$out" -nt pom.xml ] && [ "$out" -nt target/classpath.txt ]; then return 0; fi
  local spark_version jackson_version
  spark_version="$(sed -n 's|.*<spark.version>\(.*\)</spark.version>.*|\1|p' pom.xml | head -1)"
  jackson_version="$(sed -n 's|.*<spark.jackson.version>\(.*\)</spark.jackson.version>.*|\1|p' pom.xml | head -1)"
  [ -n "$spark_version" ] && [ -n "$jackson_version" ] \
    || { echo "error: spark.version or spark.jackson.version not found in pom.xml" >&2; return 1; }
  mkdir -p "$pom_dir"
  cat > "$pom_dir/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.ci</groupId><artifactId>spark-only</artifactId><version>1</version><packaging>pom</packaging>
  <dependencyManagement><dependencies><dependency>
    <groupId>com.fasterxml.jackson</groupId><artifactId>jackson-bom</artifactId><version>$jackson_version</version>
    <type>pom</type><scope>import</scope>
  </dependency></dependencies></dependencyManagement>
  <dependencies><dependency>
    <groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId><version>$spark_version</version>
  </dependency></dependencies>
  <build><plugins><plugin>
    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version>
  </plugin></plugins></build>
</project>
EOF
  if ! (cd "$pom_dir" && mvn -B -q ${JM_MVN_FLAGS:-} dependency:build-classpath -Dmdep.outputFile="$out.tmp") \
      >"$pom_dir/build.log" 2>&1; then
    tail -20 "$pom_dir/build.log" >&2
    echo "error: could not resolve Spark's own jars (log: $pom_dir/build.log)" >&2
    return 1
  fi
  local extra
  extra="$(comm -23 <(tr ':' '\n' < "$out.tmp" | sort) <(tr ':' '\n' < target/classpath.txt | sort))"
  [ -z "$extra" ] || { echo "error: Spark's own jars differ from the project's classpath:" >&2; echo "$extra" >&2; return 1; }
  mv "$out.tmp" "$out"
}

standalone_cluster_start() {
  _sc_work="$1"
  mkdir -p "$_sc_work"
  spark_only_classpath "$_sc_work"
  read -r -a spark_jvm_options < target/classes/jvm-options.txt
  # A minimal SPARK_HOME for the worker: Spark's jars only (links into the local Maven repository), conf/, RELEASE.
  # Our libraries reach the executors in the application's thin jar, never from here.
  local spark_home="$_sc_work/spark-home" jar
  rm -rf "$spark_home" "$_sc_work/worker" && mkdir -p "$spark_home/jars" "$spark_home/conf" "$_sc_work/worker"
  tr ':' '\n' < "$_sc_work/spark-classpath.txt" | grep '\.jar$' | while read -r jar; do ln -sf "$jar" "$spark_home/jars/"; done
  echo "Spark (from Maven jars)" > "$spark_home/RELEASE"
  export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
  local cp="$spark_home/jars/*"

  java "${spark_jvm_options[@]}" -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 \
    --webui-port 18080 >"$_sc_work/master.log" 2>&1 &
  _sc_master_pid=$!
  _sc_wait_for "I have been elected leader" "$_sc_work/master.log" "$_sc_master_pid" master || return 1
  java "${spark_jvm_options[@]}" -cp "$cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 --memory 4g \
    --work-dir "$_sc_work/worker" --webui-port 18081 "$SPARK_MASTER_URL" >"$_sc_work/worker.log" 2>&1 &
  _sc_worker_pid=$!
  _sc_wait_for "Successfully registered with master" "$_sc_work/worker.log" "$_sc_worker_pid" worker || return 1
  echo "cluster up: $SPARK_MASTER_URL (Spark's jars only: $(ls "$spark_home/jars" | wc -l); logs in $_sc_work)"
}

_sc_wait_for() {
  local line="$1" log="$2" pid="$3" what="$4"
  for _ in $(seq 60); do
    grep -q "$line" "$log" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  tail -20 "$log" >&2
  echo "error: the standalone $what did not come up (log: $log)" >&2
  return 1
}

standalone_cluster_stop() {
  local pid
  for pid in $_sc_worker_pid $_sc_master_pid; do kill "$pid" 2>/dev/null || true; done
  for pid in $_sc_worker_pid $_sc_master_pid; do wait "$pid" 2>/dev/null || true; done
  _sc_worker_pid="" _sc_master_pid=""
}

standalone_cluster_apps() {
  find "$_sc_work/worker" -mindepth 1 -maxdepth 1 -type d -name 'app-*' 2>/dev/null | sort
}
