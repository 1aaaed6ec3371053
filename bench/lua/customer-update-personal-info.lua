-- customer-update-personal-info: every field, alternating values, the customers in turn.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-update-personal-info"
function bench.request(k)
  local c = bench.rotate(bench.data.readers, k)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %d, "customer_key": "%s",
  "customer_first_name": "Name%d", "customer_last_name": "Last%d", "customer_identity_number": "ID%d",
  "customer_tax_number": %d, "customer_birth_date": "1980-08-%02d", "customer_gender": "%s"}]],
    bench.app, c.b, c.k, k % 100, k % 97, k, 10000 + k, k % 28 + 1, k % 2 == 0 and "F" or "M"))
end
