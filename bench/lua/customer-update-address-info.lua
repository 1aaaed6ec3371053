-- customer-update-address-info: the address changed in part (city kept: 0), the phones replaced, as
-- the README's example.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-update-address-info"
function bench.request(k)
  local c = bench.rotate(bench.data.readers, k)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %d, "customer_key": "%s",
  "customer_address": [{"city_code": 0, "locality_town": "", "neighborhood": "Centro", "address_01": "Calle %d",
                        "zip_code": ""}],
  "customer_phone": [{"phone_area_code": "+52", "phone_number": "4957%06d", "phone_extension": "", "phone_type": 2}]}]],
    bench.app, c.b, c.k, k, k % 1000000))
end
