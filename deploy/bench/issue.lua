-- Sales issuing licenses: every request mints a serial, a CD key, a signed token, an audit entry and an outbox event.
wrk.method = "POST"
wrk.path = "/api/v1/licenses"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("STAFF_TOKEN")
wrk.body = string.format(
  '{"productCode":"%s","accountId":"%s","modules":{"finance":25,"hr":5},"maxActivations":3,"expiresAt":"2031-01-01T00:00:00Z"}',
  os.getenv("PRODUCT"), os.getenv("ACCOUNT"))
