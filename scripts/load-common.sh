#!/usr/bin/env bash
# Shared by scripts/load-test.sh, scripts/scale-out.sh and scripts/soak.sh (sourced, not run):
# build, start the identity-platform stand-in, service instances, PostgreSQL and nginx, read the
# statistics and the heap, and stop everything this run started when the script exits.
#
# Settings from the environment (all optional):
#   SKIP_BUILD=1            use target/ as it is (no mvn)
#   JAR=…                   another build of the service (e.g. an older one, to compare)
#   USERS=1000              distinct users (tokens); requests go round robin over them
#   BODIES=32 BODY_BYTES=5120  request bodies, each ~5 KB of Swedish tuning-corpus text
#   SERVICE_JAVA_OPTS="-Xms1g -Xmx1g -XX:+AlwaysPreTouch"  JVM options of each service instance. A
#                           fixed, pre-touched heap lets G1 give the young generation ~600 MB from the
#                           start (about 1 MB is allocated per 5 KB check): a young pause every second or
#                           so at 500 checks/s instead of 4-5 a second with the heap grown from 1/64 of RAM,
#                           and no page faults of new heap during the run. ZGC (JDK 17) stalled
#                           allocations on two busy cores.
#   PRECHECK_*              passed on to the service (e.g. PRECHECK_RATE_LIMIT_PER_MINUTE)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
USERS="${USERS:-1000}"
BODIES="${BODIES:-32}"
BODY_BYTES="${BODY_BYTES:-5120}"
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--Xms1g -Xmx1g -XX:+AlwaysPreTouch}"
JAR="${JAR:-$ROOT/target/copilot-precheck.jar}"
STARTED_PIDS=()

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# Kill what this run started (by pid, newest first): TERM, then KILL after 20 s.
load_cleanup() {
  local pid i
  for ((i = ${#STARTED_PIDS[@]} - 1; i >= 0; i--)); do
    pid="${STARTED_PIDS[$i]}"
    kill -0 "$pid" 2>/dev/null || continue
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}

# load_init NAME: build (unless SKIP_BUILD=1), make the run folder target/load/NAME-<time>, set the trap.
load_init() {
  trap load_cleanup EXIT
  trap 'exit 130' INT TERM
  command -v wrk >/dev/null && command -v nginx >/dev/null || {
    echo "wrk and nginx are needed: sudo scripts/install-load-tools.sh" >&2; exit 1; }
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    log "building (mvn package, test classes, classpath)"
    mvn -B -q -o -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/load.classpath
  fi
  [ -f "$JAR" ] && [ -f target/load.classpath ] || { echo "run without SKIP_BUILD=1 first" >&2; exit 1; }
  CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat target/load.classpath)"
  RUN="$ROOT/target/load/$1-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$RUN"
  SUMMARY="$RUN/summary.txt"
  log "run folder $RUN"
}

# Appends a line to the summary and prints it.
say() { printf '%s\n' "$*" | tee -a "$SUMMARY"; }

machine() {
  say "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))," \
    "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
  say "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine shares the cores)"
}

# wait_for URL SECONDS [PID]: until URL answers 200 (or the process PID has ended).
wait_for() {
  local url="$1" limit="${2:-180}" pid="${3:-}" i
  for ((i = 0; i < limit * 2; i++)); do
    curl -sf -o /dev/null "$url" && return 0
    [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null && { echo "the process for $url has ended" >&2; return 1; }
    sleep 0.5
  done
  echo "no answer from $url after ${limit}s" >&2
  return 1
}

# The identity-platform stand-in with tokens and bodies in $RUN/fixture.
start_fixture() {
  FIX="$RUN/fixture"
  java -cp "$CP" se.precheck.load.LoadFixture "$FIX" "$USERS" "$BODIES" "$BODY_BYTES" >"$RUN/fixture.log" 2>&1 &
  STARTED_PIDS+=($!)
  for _ in $(seq 240); do [ -f "$FIX/ready" ] && break; sleep 0.5; done
  [ -f "$FIX/ready" ] || { cat "$RUN/fixture.log" >&2; exit 1; }
  AUTHORITY="$(cat "$FIX/authority")"
  log "identity-platform stand-in at $AUTHORITY ($USERS users, $BODIES bodies)"
}

# start_service NAME PORT [DB_URL [DB_USER]]: one instance in entra mode against the stand-in,
# working folder $RUN/NAME (an empty H2 file database there unless DB_URL is given). Sets PID_<NAME>.
start_service() {
  local name="$1" port="$2" db="${3:-jdbc:h2:file:$RUN/$1/stats}" dbuser="${4:-}"
  mkdir -p "$RUN/$name"
  (
    cd "$RUN/$name"
    export PRECHECK_AUTH_MODE=entra PRECHECK_HOST=127.0.0.1 PRECHECK_PORT="$port" \
      PRECHECK_CLIENT_ID="$(cat "$FIX/client-id")" PRECHECK_TENANTS="$(cat "$FIX/tenant")" \
      PRECHECK_AUTHORITY="$AUTHORITY" PRECHECK_ADMIN_ROLE=Precheck.Admin \
      PRECHECK_DB_URL="$db" PRECHECK_DB_USER="$dbuser" PRECHECK_CONFIG="$RUN/$name/none.yaml"
    # shellcheck disable=SC2086
    exec java $SERVICE_JAVA_OPTS -jar "$JAR" serve >"$RUN/$name/service.log" 2>&1
  ) &
  local pid=$!
  STARTED_PIDS+=("$pid")
  printf -v "PID_$name" '%s' "$pid"
  wait_for "http://127.0.0.1:$port/health" 300 "$pid" || { tail -30 "$RUN/$name/service.log" >&2; exit 1; }
  log "service $name on port $port (pid $pid)"
}

# stats_checks BASE_URL: the number of checks in the statistics (admin CSV export, every day),
# read once the last counts are flushed (written every 2 s; read until two reads agree).
stats_checks() {
  local base="$1" last=-1 now
  sleep 3
  for _ in $(seq 30); do
    now="$(curl -sf -H "Authorization: Bearer $(cat "$FIX/admin-token.txt")" "$base/admin/export.csv" \
      | tr -d '\r' | awk -F';' '$1 == "kontroller" {n += $6} END {print n + 0}')"
    [ "$now" = "$last" ] && { echo "$now"; return; }
    last="$now"
    sleep 2.5
  done
  echo "$last"
}

# heap_used_mb PID: used heap in MB as the JVM reports it now.
heap_used_mb() {
  jcmd "$1" GC.heap_info 2>/dev/null | awk '/heap/ && /used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?$/, "", v); printf "%.1f\n", v / 1024; exit}}'
}

# heap_after_gc_mb PID: used heap right after a full GC (jcmd GC.run), i.e. what is really kept.
heap_after_gc_mb() {
  jcmd "$1" GC.run >/dev/null 2>&1
  heap_used_mb "$1"
}

rss_mb() { awk '/VmRSS/ {printf "%.0f\n", $2 / 1024}' "/proc/$1/status"; }

# kv FILE KEY: a value from an OpenLoopLoad summary.
kv() { awk -F= -v k="$2" '$1 == k {sub(/^[^=]*=/, ""); print; exit}' "$1"; }

# open_loop URL RATE SECONDS WARMUP OUT: the fixed-rate generator; its summary in OUT.
open_loop() {
  java -cp "$CP" se.precheck.load.OpenLoopLoad "$1" "$2" "$3" "$FIX/bodies.jsonl" "$FIX/tokens.txt" "$4" "$5" \
    >"$5.log" 2>&1 || true
  cat "$5.log" >&2
  [ -s "$5" ] || { echo "the load generator failed, see $5.log" >&2; exit 1; }
}

# saturation URL SECONDS CONNECTIONS OUT: wrk (closed loop) with scripts/load-wrk.lua; its report in OUT.
saturation() {
  BODIES_FILE="$FIX/bodies.jsonl" TOKENS_FILE="$FIX/tokens.txt" \
    wrk -t"$(( $3 < 2 ? $3 : 2 ))" -c"$3" -d"$2"s --timeout 30s --latency -s "$ROOT/scripts/load-wrk.lua" "$1" >"$4" 2>&1 || true
  cat "$4" >&2
}
