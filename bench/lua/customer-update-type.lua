-- customer-update-type: VIP and business flags, alternating, the customers in turn.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-update-type"
function bench.request(k)
  local c = bench.rotate(bench.data.readers, k)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %d, "customer_key": "%s",
  "customer_is_vip": %s, "customer_is_business": %s}]],
    bench.app, c.b, c.k, tostring(k % 2 == 0), tostring(k % 3 == 0)))
end
