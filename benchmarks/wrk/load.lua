-- wrk script for the CreditSmart benchmarks.
-- With CREDITSMART_BODY set to a file, every request is a JSON POST of that file;
-- without it, a plain GET. At the end it prints one machine-readable line.

local body_path = os.getenv("CREDITSMART_BODY")
if body_path and body_path ~= "" then
  local file = assert(io.open(body_path, "rb"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  wrk.headers["Content-Type"] = "application/json"
  file:close()
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
end
