-- customer-activate-box (only when the server answers it and takes the test card): activates one
-- box made by the customer-register-info phase per request (BENCH_EXTRA: those boxes).
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-activate-box"
local boxes = dofile(os.getenv("BENCH_EXTRA"))
function bench.take(k) return bench.consume(boxes, k) end
function bench.request(k, item)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %s, "customer_key": "%s", "copa_id": %d,
  "customer_credit_card": [{"cc_type_name": "VISA", "cc_holder_name": "BENCH INACTIVE", "cc_number": "4111111111111111",
                            "cc_expiration_date": "2030-12-01", "cc_security_code": "123"}]}]],
    bench.app, item.b, item.k, bench.data.copa))
end
