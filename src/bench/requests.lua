-- wrk script: sends requests drawn at random from a file the benchmark prepared, one per line:
--   METHOD <tab> PATH <tab> header: value|header: value <tab> BODY
-- "{unique}" in a line is replaced on every request by a value no other request of the run uses (for
-- writes that must not be replays). At the end it writes the figures as JSON to BENCH_RESULT.
local requests = {}
local templates = {}
local counter = 0
-- thread_id is a global, set in each thread's state by setup()

local function split(line)
  local fields = {}
  for field in (line .. "\t"):gmatch("([^\t]*)\t") do
    fields[#fields + 1] = field
  end
  return fields
end

local function headers_of(text)
  local headers = {}
  for pair in text:gmatch("[^|]+") do
    local name, value = pair:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
  return headers
end

local next_thread = 0
function setup(thread)
  thread:set("thread_id", next_thread)
  next_thread = next_thread + 1
end

function init(args)
  math.randomseed(os.time() + (thread_id or 0) * 7919)
  for line in io.lines(os.getenv("BENCH_REQUESTS")) do
    local f = split(line)
    local body = f[4] ~= "" and f[4] or nil
    if line:find("{unique}", 1, true) then
      templates[#templates + 1] = { f[1], f[2], headers_of(f[3]), body }
    else
      requests[#requests + 1] = wrk.format(f[1], f[2], headers_of(f[3]), body)
    end
  end
end

function request()
  if #templates > 0 then
    counter = counter + 1
    local unique = os.getenv("BENCH_RUN") .. "-" .. (thread_id or 0) .. "-" .. counter
    local t = templates[math.random(#templates)]
    local body = t[4] and t[4]:gsub("{unique}", unique) or nil
    return wrk.format(t[1], t[2]:gsub("{unique}", unique), t[3], body)
  end
  return requests[math.random(#requests)]
end

function done(summary, latency, requests)
  local e = summary.errors
  local out = io.open(os.getenv("BENCH_RESULT"), "w")
  out:write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "errors": {"connect": %d, "read": %d, "write": %d, ' ..
    '"status": %d, "timeout": %d}, "latency_us": {"mean": %.1f, "p50": %d, "p99": %d, "p999": %d, "max": %d}}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(99), latency:percentile(99.9), latency.max))
  out:close()
end
