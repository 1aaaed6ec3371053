-- The partner lookup by e-mail, at the path the WordPress plugin calls (service-partner.svc).
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-partner.svc/partner/customer-get-info"
function bench.request(k)
  local c = bench.rotate(bench.data.readers, k)
  return bench.post(PATH, string.format([[{%s, "customer_email": "%s"}]], bench.app, c.e))
end
