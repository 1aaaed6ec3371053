-- customer-update-password: a customer pool of its own (its passwords change), in turn.
-- Argon2id-bound.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-update-password"
function bench.request(k)
  local c = bench.rotate(bench.data.passworders, k)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %d, "customer_key": "%s",
  "customer_email": "%s", "customer_new_password": "n3w-s3cret-%d"}]], bench.app, c.b, c.k, c.e, k))
end
