-- Customer systems validating (heartbeat): each request is one of the activated machines listed in the file
-- MACHINES (one "serial fingerprint token" per line), proven by the activation token it received.
local bodies = {}

function init(args)
  for line in io.lines(os.getenv("MACHINES")) do
    local serial, fingerprint, token = line:match("^(%S+) (%S+) (%S+)$")
    bodies[#bodies + 1] = string.format('{"serial":"%s","fingerprint":"%s","productVersion":"1.0.0","token":"%s"}',
      serial, fingerprint, token)
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

request = function()
  return wrk.format(nil, "/api/v1/validations", nil, bodies[math.random(#bodies)])
end
