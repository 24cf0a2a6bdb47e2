-- Customer systems activating machines never seen before, spread over the licenses listed in the file LICENSES
-- (one "serial cdKey organizationId" per line). Each wrk thread numbers its own machines, so no two requests
-- name the same machine.
local licenses = {}
local machine = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread", threads)
end

function init(args)
  for line in io.lines(os.getenv("LICENSES")) do
    local serial, cdKey, organization = line:match("^(%S+) (%S+) (%S+)$")
    licenses[#licenses + 1] = string.format('{"serial":"%s","cdKey":"%s","organizationId":"%s","productCode":"%s",'
      .. '"productVersion":"1.0.0","hostname":"bench","fingerprint":"%s-%d-', serial, cdKey, organization,
      os.getenv("PRODUCT"), os.getenv("RUN"), thread)
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

request = function()
  machine = machine + 1
  local body = licenses[machine % #licenses + 1] .. machine .. '"}'
  return wrk.format(nil, "/api/v1/activations", nil, body)
end
