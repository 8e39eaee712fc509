-- wrk script for the CreditSmart benchmarks.
-- With CREDITSMART_BODY set to a file, every request is a JSON POST of that file;
-- without it, a plain GET. With CREDITSMART_UNIQUE set to a run number as well, every
-- request's annual_income is different (a cache miss every time). With
-- CREDITSMART_COUNT_CACHE set, the X-Cache answers are counted. At the end it prints
-- one machine-readable line (two when counting).

local body_path = os.getenv("CREDITSMART_BODY")
if body_path and body_path ~= "" then
  local file = assert(io.open(body_path, "rb"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  wrk.headers["Content-Type"] = "application/json"
  file:close()
end

local threads = {}
local next_thread = 0

setup = function(thread)
  thread:set("thread_number", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

-- Incomes step by a cent from a base of their own for each run and thread, so no two
-- requests of a run, nor of two runs, share an application.
local unique_run = tonumber(os.getenv("CREDITSMART_UNIQUE") or "")
if unique_run and wrk.body then
  local template = wrk.body
  local counter = 0
  request = function()
    counter = counter + 1
    local base = 20000 + unique_run * 400000 + thread_number * 200000
    local income = string.format("%d.%02d", base + math.floor(counter / 100), counter % 100)
    local body = string.gsub(template, '"annual_income":%s*[%d.]+', '"annual_income":' .. income, 1)
    return wrk.format(nil, nil, nil, body)
  end
end

hits = 0
misses = 0
if os.getenv("CREDITSMART_COUNT_CACHE") then
  response = function(status, headers, body)
    local cache = headers["X-Cache"]
    if cache == "HIT" then
      hits = hits + 1
    elseif cache == "MISS" then
      misses = misses + 1
    end
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d duration_us=%d errors=%d non2xx=%d p50_us=%d p99_us=%d p999_us=%d max_us=%d\n",
    summary.requests,
    summary.duration,
    errors.connect + errors.read + errors.write + errors.timeout,
    errors.status,
    latency:percentile(50),
    latency:percentile(99),
    latency:percentile(99.9),
    latency.max))
  if os.getenv("CREDITSMART_COUNT_CACHE") then
    local total_hits, total_misses = 0, 0
    for _, thread in ipairs(threads) do
      total_hits = total_hits + thread:get("hits")
      total_misses = total_misses + thread:get("misses")
    end
    io.write(string.format("WRK_CACHE hits=%d misses=%d\n", total_hits, total_misses))
  end
end
