-- wrk: each request posts a hotline report (12345) at a random position inside a random unit grid of the demo
-- district. Positions come from points.lua (written by intake.sh); the bearer token from the TOKEN variable.
local points = dofile(os.getenv("POINTS"))
local token = os.getenv("TOKEN")
local counter = 0

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

local prefer = os.getenv("PREFER")

request = function()
  counter = counter + 1
  local p = points[math.random(#points)]
  local r = math.random() * 0.8
  local lat = p[1] + r * (p[3] - p[1])
  local lon = p[2] + r * (p[4] - p[2])
  local body = string.format('{"source":"HOTLINE_12345","latitude":%.7f,"longitude":%.7f,' ..
      '"description":"市民来电:路灯不亮 %d","reporterContact":"138****0000"}', lat, lon, counter)
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
  }
  if prefer and prefer ~= "" then
    headers["Prefer"] = prefer -- e.g. PREFER=return=minimal: the receipt instead of the whole case
  end
  return wrk.format("POST", "/api/cases", headers, body)
end
