-- customer-get-info: the pre-registered customers in turn, with the credentials a client keeps.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-get-info"
function bench.request(k)
  local c = bench.rotate(bench.data.readers, k)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %d, "customer_key": "%s"}]], bench.app, c.b, c.k))
end
