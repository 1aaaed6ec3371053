-- search-family-products-copa: the partner's product families, as the calculator page asks.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-shipment.svc/shipment/search-family-products-copa"
function bench.request(k)
  return bench.post(PATH, string.format([[{%s, "copa_id": %d, "language_code": "ENG"}]], bench.app, bench.data.copa))
end
