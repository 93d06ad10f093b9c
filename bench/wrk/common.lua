-- Shared by the wrk scripts: credentials, data files and the JSON summary that bench/run collects.
local common = {}

local b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
function common.base64(data)
  return ((data:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return b64chars:sub(c + 1, c + 1)
  end) .. ({ "", "==", "=" })[#data % 3 + 1])
end

function common.lines(path)
  local list = {}
  for line in io.lines(path) do
    if #line > 0 then list[#list + 1] = line end
  end
  return list
end

function common.headers(extra)
  local h = {
    ["Authorization"] = "Basic " .. common.base64(os.getenv("BENCH_USER") .. ":" .. os.getenv("BENCH_PASSWORD")),
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
  }
  for k, v in pairs(extra or {}) do h[k] = v end
  return h
end

-- The warm-up (BENCH_SEQUENTIAL=1) walks a list in order, so that every entry has been requested once before
-- measuring; with BENCH_WALK_ONCE=1 too, wrk exits once as many answers as entries came back (its -d is a cap;
-- wrk.thread:stop() would still wait out -d).
-- A script sets its global response to walk.response (nil unless walking once: wrk then skips the callback).
function common.walk()
  local walk = { sequential = os.getenv("BENCH_SEQUENTIAL") == "1" }
  local next_index, answered, size = 0, 0, 0
  function walk.pick(list)
    size = #list
    if walk.sequential then
      next_index = next_index % size + 1
      return list[next_index]
    end
    return list[math.random(size)]
  end
  if walk.sequential and os.getenv("BENCH_WALK_ONCE") == "1" then
    function walk.response()
      answered = answered + 1
      if answered >= size then os.exit(0) end
    end
  end
  return walk
end

-- Prints one JSON line that bench/run parses: requests, duration, errors and latency percentiles (ms).
function common.done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "errors": {"connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d}, "latency_ms": {"mean": %.3f, "p50": %.3f, "p90": %.3f, ' ..
    '"p95": %.3f, "p99": %.3f, "max": %.3f}}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end

return common
