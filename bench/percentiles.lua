-- wrk: prints p50/p95/p99 in milliseconds and the non-2xx count on one line ("pct p50 p95 p99 non2xx").
local bad = 0
response = function(status, headers, body)
  if status < 200 or status > 299 then bad = bad + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("pct %.1f %.1f %.1f %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.errors.status))
end
