-- customer-login: the pre-registered customers in turn (distinct e-mails, the right password), as a
-- partner's login form sends it. Argon2id-bound.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-login"
function bench.request(k)
  local c = bench.rotate(bench.data.readers, k)
  return bench.post(PATH, string.format([[{%s, "customer_email": "%s", "customer_password": "%s"}]],
    bench.app, c.e, bench.data.password))
end
