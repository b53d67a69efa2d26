#!/usr/bin/env bash
# Fixed-rate sweep on loopback: one service instance in entra mode (as scripts/load-test.sh), then
# SECONDS at each rate of RATES, one after the other, with the same warm JVM; optionally wrk at
# saturation after them. One line per step with the latency percentiles, the errors, the load
# average, and the CPU the service and the generator used (percent of one core).
#
#   scripts/load-sweep.sh [RATES="300 400 500"] [SECONDS=60]
#
# Settings (besides those of scripts/load-common.sh):
#   WARMUP=15        closed-loop warm-up (2 at a time) before the first rate
#   WRK="1 4"        wrk runs at saturation after the rates, one per number of connections ("" for none)
#   JFR=1            record the service with Java Flight Recorder (profile settings) over the rates:
#                    $RUN/service.jfr (jfr print --events jdk.ExecutionSample …, or JDK Mission Control)
#   GCLOG=1          the service logs its GC pauses to $RUN/one/gc.log (-Xlog:gc)
# Exit 1 on any error or a statistics mismatch after the fixed-rate steps.
source "$(dirname "$0")/load-common.sh"
RATES="${1:-300 400 500}"
SECONDS_RUN="${2:-60}"
WARMUP="${WARMUP:-15}"
WRK="${WRK-1 4}"
PORT="${PORT:-18181}"

load_init sweep
machine
if [ "${GCLOG:-0}" = 1 ]; then
  mkdir -p "$RUN/one"
  SERVICE_JAVA_OPTS="$SERVICE_JAVA_OPTS -Xlog:gc:file=$RUN/one/gc.log:uptime"
fi
say "service: entra mode, token validated per request; JVM $SERVICE_JAVA_OPTS; $USERS users round robin;" \
  "max concurrent checks ${PRECHECK_MAX_CONCURRENT_CHECKS:-default (2 x cores)}"
start_fixture
start_service one "$PORT"
URL="http://127.0.0.1:$PORT/api/check"
PID="$PID_one"

# cpu_ticks PID: user + system clock ticks the process has used so far.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
HZ="$(getconf CLK_TCK)"

[ "${JFR:-0}" = 1 ] && jcmd "$PID" JFR.start name=sweep settings=profile filename="$RUN/service.jfr" >/dev/null
errors=0
warm="$WARMUP"
ok_sent=0
for rate in $RATES; do
  out="$RUN/fixed-$rate.txt"
  log "fixed rate ${rate}/s for ${SECONDS_RUN}s (warm-up ${warm}s)"
  t0="$(cpu_ticks "$PID")"; s0="$(date +%s.%N)"
  open_loop "$URL" "$rate" "$SECONDS_RUN" "$warm" "$out"
  t1="$(cpu_ticks "$PID")"; s1="$(date +%s.%N)"
  service_cpu="$(awk -v a="$t0" -v b="$t1" -v s0="$s0" -v s1="$s1" -v hz="$HZ" 'BEGIN {printf "%.0f", 100 * (b - a) / hz / (s1 - s0)}')"
  # CPU per answered request: meaningful for the steps without warm-up (their requests only)
  cpu_per="$(awk -v a="$t0" -v b="$t1" -v hz="$HZ" -v n="$(kv "$out" ok)" 'BEGIN {printf "%.2f", (n > 0 ? 1000 * (b - a) / hz / n : 0)}')"
  say "fixed ${rate}/s ${SECONDS_RUN}s: achieved $(kv "$out" achieved_rate_per_s)/s, errors $(kv "$out" errors) $(kv "$out" outcomes);" \
    "p50 $(kv "$out" p50_ms) p90 $(kv "$out" p90_ms) p99 $(kv "$out" p99_ms) p99.9 $(kv "$out" p99_9_ms) max $(kv "$out" max_ms) ms;" \
    "send lag max $(kv "$out" max_send_lag_ms) ms; connections $(kv "$out" connections_opened_max);" \
    "CPU service ${service_cpu}% = ${cpu_per} ms per check$([ "$warm" != 0 ] && echo " (incl. warm-up)"), generator $(kv "$out" generator_cpu_percent)%; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  errors=$(( errors + $(kv "$out" errors) ))
  ok_sent=$(( ok_sent + $(kv "$out" ok_total) ))
  warm=0
done
[ "${JFR:-0}" = 1 ] && jcmd "$PID" JFR.stop name=sweep >/dev/null && say "flight recording: $RUN/service.jfr"
counted="$(stats_checks "http://127.0.0.1:$PORT")"
stats_ok=0
[ "$counted" = "$ok_sent" ] && stats_ok=1
say "statistics: $counted checks counted, $ok_sent successful checks sent: $([ $stats_ok = 1 ] && echo exact || echo MISMATCH)"
say "heap: $(heap_used_mb "$PID") MB used, $(heap_after_gc_mb "$PID") MB after full GC, RSS $(rss_mb "$PID") MB"

for c in $WRK; do
  out="$RUN/wrk-$c.txt"
  log "saturation: wrk, $c connections, ${SECONDS_RUN}s"
  t0="$(cpu_ticks "$PID")"
  saturation "$URL" "$SECONDS_RUN" "$c" "$out"
  t1="$(cpu_ticks "$PID")"
  say "wrk -c$c ${SECONDS_RUN}s: $(kv "$out" throughput_per_s) checks/s, errors $(kv "$out" errors);" \
    "p50 $(kv "$out" p50_ms) p90 $(kv "$out" p90_ms) p99 $(kv "$out" p99_ms) p99.9 $(kv "$out" p99_9_ms) max $(kv "$out" max_ms) ms;" \
    "CPU service $(( 100 * (t1 - t0) / HZ / SECONDS_RUN ))%; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  errors=$(( errors + $(kv "$out" errors) ))
done
[ "$errors" = 0 ] && [ $stats_ok = 1 ] && { say "RESULT: pass"; exit 0; }
say "RESULT: FAIL ($errors errors)"
exit 1
