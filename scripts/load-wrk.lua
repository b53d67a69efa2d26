-- wrk script for POST /api/check: ~5 KB Swedish bodies and bearer tokens of many users, read
-- from the files named by BODIES_FILE and TOKENS_FILE (written by se.precheck.load.LoadFixture),
-- used round robin (each thread from its own offset). Counts requests written and answers by
-- status and prints a machine-readable summary (ok, errors, percentiles in ms) at the end.
local function lines(path)
  local t = {}
  for line in io.lines(path) do
    if #line > 0 then t[#t + 1] = line end
  end
  return t
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  bodies = lines(os.getenv("BODIES_FILE"))
  tokens = lines(os.getenv("TOKENS_FILE"))
  n = id * 7919
  started = 0
  ok = 0
  bad = 0
  statuses = {}
end

function request()
  n = n + 1
  started = started + 1
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[(n % #tokens) + 1]
  }, bodies[(n % #bodies) + 1])
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
  else
    bad = bad + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total_ok, total_bad, total_started, detail = 0, 0, 0, ""
  for _, thread in ipairs(threads) do
    total_started = total_started + thread:get("started")
    total_ok = total_ok + thread:get("ok")
    total_bad = total_bad + thread:get("bad")
    for status, count in pairs(thread:get("statuses")) do
      detail = detail .. " " .. status .. ":" .. count
    end
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local secs = summary.duration / 1e6
  io.write(string.format("ok=%d\n", total_ok))
  -- wrk stops at the deadline without waiting for the requests still in flight (at most one per
  -- connection); the service still answers and counts them.
  io.write(string.format("started=%d\n", total_started))
  io.write(string.format("in_flight_at_stop=%d\n", total_started - total_ok - total_bad))
  io.write(string.format("errors=%d\n", total_bad + socket))
  io.write(string.format("non200=%d%s\n", total_bad, detail))
  io.write(string.format("socket_errors=connect:%d read:%d write:%d timeout:%d\n", e.connect, e.read, e.write, e.timeout))
  io.write(string.format("throughput_per_s=%.1f\n", total_ok / secs))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s_ms=%.1f\n", string.gsub(tostring(p), "%.", "_"), latency:percentile(p) / 1000))
  end
  io.write(string.format("max_ms=%.1f\n", latency.max / 1000))
end
