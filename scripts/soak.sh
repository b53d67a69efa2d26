#!/usr/bin/env bash
# Soak: one service instance in entra mode (tokens validated) under a fixed moderate rate for a
# long time; the heap after a full GC is sampled every INTERVAL seconds and must stay flat.
#
#   scripts/soak.sh [RATE=10] [SECONDS=600] [INTERVAL=30]
#
# Each sample: the heap in use as it is, then after `jcmd <pid> GC.run` (what is really kept),
# and the process's RSS; the series goes to heap-series.tsv in target/load/soak-<time>/. Flat means:
# the lowest after-GC heap in the last third of the samples is at most 10 % (at least 10 MB)
# above the lowest in the first third. Also 0 errors and statistics equal to the successful checks. The forced full GC every
# INTERVAL seconds shows up in the latency percentiles (a pause of some tens of ms).
source "$(dirname "$0")/load-common.sh"
RATE="${1:-10}"
SECONDS_RUN="${2:-600}"
INTERVAL="${3:-30}"
WARMUP="${WARMUP:-30}"
PORT="${PORT:-18381}"

load_init soak
machine
say "service: entra mode, token validated per request; JVM $SERVICE_JAVA_OPTS; $USERS users round robin;" \
  "rate limit ${PRECHECK_RATE_LIMIT_PER_MINUTE:-120 (default)}/min per user; max concurrent checks ${PRECHECK_MAX_CONCURRENT_CHECKS:-default (2 x cores)}; check budget ${PRECHECK_CHECK_TIMEOUT_MS:-2000 (default)} ms"
start_fixture
start_service one "$PORT"
PID="$PID_one"
URL="http://127.0.0.1:$PORT/api/check"

log "soak: ${RATE}/s for ${SECONDS_RUN}s after ${WARMUP}s warm-up, heap every ${INTERVAL}s"
F="$RUN/soak.txt"
java -cp "$CP" se.precheck.load.OpenLoopLoad "$URL" "$RATE" "$SECONDS_RUN" "$FIX/bodies.jsonl" "$FIX/tokens.txt" "$WARMUP" "$F" \
  >"$F.log" 2>&1 &
GEN=$!
STARTED_PIDS+=("$GEN")
SERIES="$RUN/heap-series.tsv"
printf 'seconds\theap_used_mb\theap_after_gc_mb\trss_mb\n' >"$SERIES"
sleep "$WARMUP"
t0=$(date +%s)
while kill -0 "$GEN" 2>/dev/null; do
  now=$(( $(date +%s) - t0 ))
  printf '%d\t%s\t%s\t%s\n' "$now" "$(heap_used_mb "$PID")" "$(heap_after_gc_mb "$PID")" "$(rss_mb "$PID")" | tee -a "$SERIES" >&2
  for _ in $(seq $(( INTERVAL * 2 ))); do kill -0 "$GEN" 2>/dev/null || break; sleep 0.5; done
done
wait "$GEN" || true
cat "$F.log" >&2
[ -s "$F" ] || { echo "the load generator failed, see $F.log" >&2; exit 1; }
now=$(( $(date +%s) - t0 ))
printf '%d\t%s\t%s\t%s\n' "$now" "$(heap_used_mb "$PID")" "$(heap_after_gc_mb "$PID")" "$(rss_mb "$PID")" | tee -a "$SERIES" >&2

say "soak ${RATE}/s, ${SECONDS_RUN}s: achieved $(kv "$F" achieved_rate_per_s)/s, ok $(kv "$F" ok), errors $(kv "$F" errors) $(kv "$F" outcomes)" \
  "(warm-up: $(kv "$F" warmup_outcomes)); p50 $(kv "$F" p50_ms) ms, p90 $(kv "$F" p90_ms), p99 $(kv "$F" p99_ms), p99.9 $(kv "$F" p99_9_ms), max $(kv "$F" max_ms) ms"
say "heap series (s, used MB, after full GC MB, RSS MB):"
tail -n +2 "$SERIES" | awk -F'\t' '{printf "  %5d  %7s  %7s  %5s\n", $1, $2, $3, $4}' | tee -a "$SUMMARY"
# The lowest after-GC figure of the first and of the last third of the samples: a full GC under
# load still sees the garbage of the checks running at that moment (tens of MB), the lowest
# sample is the closest to what is really kept.
verdict="$(tail -n +2 "$SERIES" | awk -F'\t' '{v[NR] = $3} END {
  if (NR < 6) {print "too short to judge (fewer than 6 samples)"; exit}
  third = int(NR / 3); a = v[1]; b = v[NR]
  for (i = 1; i <= third; i++) if (v[i] < a) a = v[i]
  for (i = NR - third + 1; i <= NR; i++) if (v[i] < b) b = v[i]
  d = b - a; limit = a * 0.10; if (limit < 10) limit = 10
  printf "after-GC heap, lowest of the first third of the samples %.1f MB, of the last third %.1f MB (%+.1f MB, limit +%.1f): %s\n", a, b, d, limit, (d <= limit ? "flat" : "GROWING")}')"
say "$verdict"
counted="$(stats_checks "http://127.0.0.1:$PORT")"
say "statistics: $counted checks counted, $(kv "$F" ok_total) successful checks sent (warm-up included): $([ "$counted" = "$(kv "$F" ok_total)" ] && echo exact || echo MISMATCH)"
if [ "$(kv "$F" errors)" = 0 ] && [ "$counted" = "$(kv "$F" ok_total)" ] && [[ "$verdict" == *": flat" ]]; then say "RESULT: pass"; exit 0; fi
say "RESULT: FAIL"
exit 1
