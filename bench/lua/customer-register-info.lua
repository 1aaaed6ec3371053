-- customer-register-info (only when the server answers it): an inactive customer per request,
-- distinct e-mails; each box id and key answered is written to BENCH_OUT-<thread> for
-- customer-activate-box. Argon2id-bound.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-register-info"
local out
function bench.init()
  out = io.open(os.getenv("BENCH_OUT") .. "-" .. tid .. ".txt", "a")
end
function bench.request(k)
  return bench.post(PATH, string.format([[{%s, "language_code": "ENG", "copa_id": %d,
  "customer_first_name": "Bench", "customer_last_name": "Inactive", "customer_identity_number": "%d",
  "customer_birth_date": "1980-08-19", "customer_email": "info-%s-%d-%d@bench.example",
  "customer_password": "pass123", "customer_gender": "M", "customer_campaign": "", "customer_email_agreement": false,
  "customer_referred_by": null,
  "customer_address": [{"city_code": 95411, "locality_town": "", "neighborhood": "Centro",
                        "address_01": "Calle 2 #%d", "zip_code": "20800"}],
  "customer_phone": [{"phone_area_code": "+52", "phone_number": "4951234567", "phone_extension": "", "phone_type": 1},
                     {"phone_area_code": "+52", "phone_number": "4497654321", "phone_extension": "", "phone_type": 2}]}]],
    bench.app, bench.data.copa, k, bench.tag, tid, k, k))
end
function bench.on_response(status, body)
  local box = body:match('"customer_box_id":(%d+)')
  local key = body:match('"customer_key":"([^"]+)"')
  if status == 200 and box and key then out:write(box, " ", key, "\n"); out:flush() end
end
