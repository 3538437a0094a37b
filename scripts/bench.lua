-- The wrk script of scripts/bench. It counts every response whose status is not the one the
-- endpoint must answer (BENCH_EXPECT: 200 for pages, 303 for the note submission), and prints
-- one machine-readable line at the end. With BENCH_NOTE=1 each request is a note created and
-- submitted as the partner, with a fresh one-time form token (a UUID made here), so that every
-- request is a new note and a durable commit, never a replay of an earlier form.

local expect = tonumber(os.getenv("BENCH_EXPECT") or "200")
local cookie = os.getenv("BENCH_COOKIE") or ""
local note = os.getenv("BENCH_NOTE") == "1"
-- With BENCH_SEARCH=1 each request searches for other words ("finding N", N changing), so that
-- no search finds its results kept from an earlier one.
local search = os.getenv("BENCH_SEARCH") == "1"

if cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end

local threads = {}

function setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

-- n random bytes from the kernel, as hex.
local function random_hex(n)
  local f = assert(io.open("/dev/urandom", "rb"))
  local bytes = f:read(n)
  f:close()
  return (bytes:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end

function init(args)
  unexpected = 0
  counter = 0
  -- 80 random bits per thread and run, then a counter: unique within the run, and unlike any
  -- token of an earlier run.
  prefix = random_hex(10)
end

if note then
  local body = table.concat({
    "summary=" .. "Synthetic+benchmark+note%3A+the+partner+reports+on+recruitment+fees.",
    "s0_section=challenge",
    "s0_body=" .. "Synthetic+benchmark+statement+on+placement+fees+and+documents.",
    "s0_sector=",
    "proposed_visibility=members",
    "action=submit",
  }, "&")
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Origin"] = os.getenv("BENCH_ORIGIN") or "",
    ["Cookie"] = cookie,
  }
  request = function()
    counter = counter + 1
    local token = string.format("%s-%s-4%s-8%s-%s%010x", prefix:sub(1, 8), prefix:sub(9, 12),
      prefix:sub(13, 15), prefix:sub(16, 18), prefix:sub(19, 20), counter)
    return wrk.format("POST", nil, headers, "token=" .. token .. "&" .. body)
  end
end

if search then
  request = function()
    counter = counter + 1
    local n = (counter * 7919 + thread_number * 104729) % 99991 + 1
    return wrk.format("GET", "/search?q=finding+" .. n)
  end
end

function response(status, headers, body)
  if status ~= expect then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("unexpected") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d unexpected=%d socket_errors=%d bytes=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), bad,
    e.connect + e.read + e.write + e.timeout, summary.bytes))
end
