-- customer-start-consolidation: boxes of their own, in turn (turning the mode on again is allowed).
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-start-consolidation"
function bench.request(k)
  local c = bench.rotate(bench.data.modes, k)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %d, "customer_key": "%s"}]], bench.app, c.b, c.k))
end
