-- customer-get-shipments: boxes holding 20 shipments each, the default window (dates blank, as the
-- plugin sends them).
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-get-shipments"
function bench.request(k)
  local c = bench.rotate(bench.data.boxes, k)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %d, "customer_key": "%s",
  "start_date": "", "end_date": ""}]], bench.app, c.b, c.k))
end
