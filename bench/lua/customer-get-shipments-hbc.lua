-- customer-get-shipments-hbc: as customer-get-shipments (boxes holding 20 shipments each, dates blank),
-- each shipment with its open consolidation requests.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-get-shipments-hbc"
function bench.request(k)
  local c = bench.rotate(bench.data.boxes, k)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %d, "customer_key": "%s",
  "start_date": "", "end_date": ""}]], bench.app, c.b, c.k))
end
