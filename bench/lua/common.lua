-- Shared by every operation script of bench/suite.sh (wrk 4 with LuaJIT, Debian's package "wrk").
--
-- An operation script does:   local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
-- and then defines bench.request(k, item) (the k-th request of its thread, made with wrk.format or
-- bench.post), and optionally bench.init(), bench.on_response(status, body), and bench.take(k) for
-- pools whose items are used up (the k-th item of this thread; nil when exhausted: the connection
-- then stops sending) with bench.untake(item) when taking has a side effect.
--
-- Environment (set by suite.sh):
--   BENCH_DATA      the Lua data file written by bench/suite/prepare.py (credentials, pools)
--   BENCH_THREADS   wrk's -t (so that threads split pools without overlapping)
--   BENCH_SLICE     "FROM-TO", fractions of each consumed pool that this run may use (warm-up and
--                   measured run use disjoint slices)
--   BENCH_RATE      total requests per second over all threads, 0 = closed loop (as fast as
--                   answered). wrk2 is not packaged; the rate is kept by delay(): each thread sends
--                   its k-th request no earlier than start + k / (rate / threads). Latency is counted
--                   from the moment a request is sent (no coordinated-omission correction).
--   BENCH_TAG       distinguishes runs (e-mails of registrations)
--   BENCH_OUT       file prefix where a producing script writes what later phases consume
--
-- done() prints one line "BENCH_RESULT {json}" with counts, the window between the first request
-- sent and the last answer received (so that a run whose pool ran out early still has a true rate)
-- and the latency percentiles in microseconds.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_us()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000000 + math.floor(tonumber(ts.tv_nsec) / 1000)
end

local bench = {}
bench.data = dofile(os.getenv("BENCH_DATA"))
bench.app = bench.data.app -- '"user_code": 396, "app_key": "…"'
bench.nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
bench.tag = os.getenv("BENCH_TAG") or "x"
bench.now_us = now_us
local slice_from, slice_to = (os.getenv("BENCH_SLICE") or "0-1"):match("([%d.]+)-([%d.]+)")
slice_from, slice_to = tonumber(slice_from), tonumber(slice_to)
local rate = tonumber(os.getenv("BENCH_RATE") or "0")

local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

-- The slice [lo, hi] (1-based, inclusive) of a consumed pool of n items that this run may use.
function bench.slice(n)
  local lo = math.floor(n * slice_from) + 1
  local hi = math.floor(n * slice_to)
  return lo, hi
end

-- Rotating pick: the k-th request of this thread takes the item (k * threads + tid) of the pool, so
-- that threads interleave and consecutive requests name different items.
function bench.rotate(pool, k)
  return pool[((k - 1) * bench.nthreads + (tid - 1)) % #pool + 1]
end

-- Consuming pick inside this run's slice; nil when this thread's share is exhausted.
function bench.consume(pool, k)
  local lo, hi = bench.slice(#pool)
  local i = lo + (k - 1) * bench.nthreads + (tid - 1)
  if i > hi then return nil end
  return pool[i]
end

bench.json_headers = { ["Content-Type"] = "application/json" }
function bench.post(path, body, headers)
  return wrk.format("POST", path, headers or bench.json_headers, body)
end

function init(args)
  tid = tid or 1
  sent, answered, ok, failed = 0, 0, 0, 0
  first_us, last_us, started_us = 0, 0, 0
  reserved = {} -- items handed out by delay(), taken by request() in order
  per_thread_rate = rate / bench.nthreads
  if bench.init then bench.init() end
end

-- Called by wrk before every request (the first of each connection too).
function delay()
  local wait = 0
  local index = sent + #reserved -- of the request this delay precedes, from 0
  if bench.take then
    local item = bench.take(index + 1)
    if item == nil then return 3600000 end -- pool exhausted: this connection sends no more
    table.insert(reserved, item)
  end
  if per_thread_rate > 0 then
    local now = now_us()
    if started_us == 0 then started_us = now end
    local due = started_us + index * 1000000 / per_thread_rate
    if due > now then wait = math.floor((due - now) / 1000) end
  end
  return wait
end

function request()
  if bench.take and #reserved == 0 then
    -- wrk calls request() once in the first thread, before any delay(), to check the script; that
    -- request is never sent, so the item is looked at without being used.
    local item = bench.take(sent + 1)
    local req = bench.request(sent + 1, item)
    if item and bench.untake then bench.untake(item) end
    return req
  end
  sent = sent + 1
  if first_us == 0 then first_us = now_us() end
  local item = nil
  if bench.take then item = table.remove(reserved, 1) end
  return bench.request(sent, item)
end

function response(status, headers, body)
  answered = answered + 1
  last_us = now_us()
  if status == 200 and body:find('"_verify":true', 1, true) then
    ok = ok + 1
  else
    failed = failed + 1
    if failed <= 3 then
      io.stderr:write(string.format("thread %d: answer %d: %s\n", tid, status, body:sub(1, 300)))
    end
  end
  if bench.on_response then bench.on_response(status, body) end
end

function done(summary, latency, requests)
  local t_ok, t_failed, t_answered, first, last = 0, 0, 0, nil, 0
  for _, t in ipairs(threads) do
    t_ok = t_ok + t:get("ok")
    t_failed = t_failed + t:get("failed")
    t_answered = t_answered + t:get("answered")
    local f, l = t:get("first_us"), t:get("last_us")
    if f > 0 and (first == nil or f < first) then first = f end
    if l > last then last = l end
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests": %d, "answered": %d, "ok": %d, "failed": %d, "socket_errors": %d, ' ..
    '"non_2xx": %d, "window_us": %d, "duration_us": %d, "bytes": %d, ' ..
    '"latency_us": {"p50": %d, "p90": %d, "p99": %d, "p999": %d, "max": %d, "mean": %.1f, "stdev": %.1f}}\n',
    summary.requests, t_answered, t_ok, t_failed, e.connect + e.read + e.write + e.timeout, e.status,
    first and (last - first) or 0, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    latency.max, latency.mean, latency.stdev))
end

return bench
