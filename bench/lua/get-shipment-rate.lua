-- get-shipment-rate: the calculator, numbers as a form sends them (strings), to Mexico with the
-- partner's family and the country's customs rule.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-shipment.svc/shipment/get-shipment-rate"
function bench.request(k)
  return bench.post(PATH, string.format([[{%s, "copa_id": "%d", "country_code": "155", "fmpr_cdg": "%s",
  "weight": "%d.5", "weight_type": "KG", "length_dim": "30", "width_dim": "20", "height_dim": "12", "dim_type": "CM",
  "merchandise_value": "%d"}]], bench.app, bench.data.copa, bench.data.family, k % 10 + 1, 50 + k % 200))
end
