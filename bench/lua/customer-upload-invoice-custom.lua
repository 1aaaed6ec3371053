-- customer-upload-invoice-custom: two typed invoice lines for a shipment, in turn (each replaces the
-- lines typed before).
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-upload-invoice-custom"
function bench.request(k)
  local s = bench.rotate(bench.data.shipments, k)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %d, "customer_key": "%s", "trck_nmr_fol": %d,
  "detail": [{"quantity": 2, "description": "Running shoes", "price_value": 45.5, "reference_code": "SKU-%d"},
             {"quantity": 1, "description": "Socks", "price_value": 9.99, "reference_code": "SKU-2"}]}]],
    bench.app, s.b, s.k, s.t, k))
end
