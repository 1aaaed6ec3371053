-- get-shipment-info: one shipment of those boxes, in turn, at the plugin's path and with its blank
-- language_code.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-shipment.svc/shipment/get-shipment-info"
function bench.request(k)
  local s = bench.rotate(bench.data.shipments, k)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %d, "customer_key": "%s",
  "language_code": "", "trck_nmr_fol": %d}]], bench.app, s.b, s.k, s.t))
end
