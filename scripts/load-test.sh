#!/usr/bin/env bash
# Load test on loopback: one service instance in entra mode (every request's token validated
# against a local identity-platform stand-in), ~5 KB Swedish bodies, many users.
#
#   scripts/load-test.sh [RATE=20] [SECONDS=60] [CONNECTIONS=4]
#
# 1. warm-up 15 s (closed loop, 2 at a time), then SECONDS at a fixed RATE per second (open loop,
#    se.precheck.load.OpenLoopLoad: its own light HTTP/1.1 client, two threads, latency counted from
#    each request's due time; it reports its own CPU as generator_cpu_percent)
# 2. SECONDS at saturation with wrk and CONNECTIONS connections (closed loop)
# 3. statistics (admin CSV export): after the fixed-rate run the checks counted must equal the
#    successful checks sent, exactly; after wrk they must lie between the 200s wrk saw and the
#    requests it wrote (wrk abandons the requests in flight at its deadline)
# 4. the service's heap after the run (jcmd GC.heap_info, as it is and after a full GC)
# Several rates on one warm service, with JFR or a GC log: scripts/load-sweep.sh.
# Figures and the machine go to target/load/load-<time>/summary.txt. Exit 1 on any error or a
# statistics mismatch. Settings: see scripts/load-common.sh (USERS, SERVICE_JAVA_OPTS, PRECHECK_*).
source "$(dirname "$0")/load-common.sh"
RATE="${1:-20}"
SECONDS_RUN="${2:-60}"
CONNECTIONS="${3:-4}"
WARMUP="${WARMUP:-15}"
PORT="${PORT:-18181}"

load_init load
machine
say "service: entra mode, token validated per request; JVM $SERVICE_JAVA_OPTS; $USERS users round robin;" \
  "rate limit ${PRECHECK_RATE_LIMIT_PER_MINUTE:-120 (default)}/min per user; max concurrent checks ${PRECHECK_MAX_CONCURRENT_CHECKS:-default (2 x cores)}; check budget ${PRECHECK_CHECK_TIMEOUT_MS:-2000 (default)} ms"
start_fixture
start_service one "$PORT"
URL="http://127.0.0.1:$PORT/api/check"
PID="$PID_one"
say "heap after start: $(heap_used_mb "$PID") MB used, $(heap_after_gc_mb "$PID") MB after full GC"

log "fixed rate: ${RATE}/s for ${SECONDS_RUN}s after ${WARMUP}s warm-up"
open_loop "$URL" "$RATE" "$SECONDS_RUN" "$WARMUP" "$RUN/fixed-rate.txt"
F="$RUN/fixed-rate.txt"
say "fixed rate ${RATE}/s, ${SECONDS_RUN}s: achieved $(kv "$F" achieved_rate_per_s)/s, ok $(kv "$F" ok), errors $(kv "$F" errors)" \
  "$(kv "$F" outcomes) (warm-up: $(kv "$F" warmup_outcomes)); latency p50 $(kv "$F" p50_ms) ms, p90 $(kv "$F" p90_ms), p99 $(kv "$F" p99_ms), p99.9 $(kv "$F" p99_9_ms), max $(kv "$F" max_ms) ms"
say "heap after the fixed-rate run: $(heap_used_mb "$PID") MB used, $(heap_after_gc_mb "$PID") MB after full GC, RSS $(rss_mb "$PID") MB"

counted_fixed="$(stats_checks "http://127.0.0.1:$PORT")"
say "statistics after the fixed-rate run: $counted_fixed checks counted, $(kv "$F" ok_total) successful checks sent (warm-up included):" \
  "$([ "$counted_fixed" = "$(kv "$F" ok_total)" ] && echo exact || echo MISMATCH)"

log "saturation: wrk, $CONNECTIONS connections, ${SECONDS_RUN}s"
saturation "$URL" "$SECONDS_RUN" "$CONNECTIONS" "$RUN/saturation.txt"
S="$RUN/saturation.txt"
say "saturation (wrk -t2 -c$CONNECTIONS, ${SECONDS_RUN}s): $(kv "$S" throughput_per_s) checks/s, ok $(kv "$S" ok), errors $(kv "$S" errors)" \
  "($(kv "$S" non200); $(kv "$S" socket_errors)); latency p50 $(kv "$S" p50_ms) ms, p90 $(kv "$S" p90_ms), p99 $(kv "$S" p99_ms), p99.9 $(kv "$S" p99_9_ms), max $(kv "$S" max_ms) ms"

# wrk stops at its deadline without waiting for the requests in flight (at most one per
# connection): the service may still answer and count them, or see the connection close first.
counted="$(stats_checks "http://127.0.0.1:$PORT")"
wrk_counted=$(( counted - counted_fixed ))
wrk_ok_stats=0
[ "$wrk_counted" -ge "$(kv "$S" ok)" ] && [ "$wrk_counted" -le "$(kv "$S" started)" ] && wrk_ok_stats=1
say "statistics after saturation: $wrk_counted checks counted for $(kv "$S" ok) answered 200 within wrk's deadline and" \
  "$(kv "$S" in_flight_at_stop) abandoned in flight at it: $([ $wrk_ok_stats = 1 ] && echo consistent || echo MISMATCH)"
say "heap after the run: $(heap_used_mb "$PID") MB used, $(heap_after_gc_mb "$PID") MB after full GC, RSS $(rss_mb "$PID") MB"
say "health: $(curl -s "http://127.0.0.1:$PORT/health")"
errors=$(( $(kv "$F" errors) + $(kv "$S" errors) ))
[ "$errors" = 0 ] && [ $wrk_ok_stats = 1 ] && [ "$counted_fixed" = "$(kv "$F" ok_total)" ] && { say "RESULT: pass"; exit 0; }
say "RESULT: FAIL ($errors errors; statistics: see above)"
exit 1
