-- Customer systems validating: each request is a different activated machine of the benchmark license.
local serial = os.getenv("SERIAL")
local machines = tonumber(os.getenv("MACHINES"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  local body = string.format('{"serial":"%s","fingerprint":"bench-machine-%05d","productVersion":"1.0.0"}',
    serial, math.random(machines))
  return wrk.format(nil, "/api/v1/validations", nil, body)
end
