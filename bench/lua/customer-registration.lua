-- customer-registration: a new customer per request (distinct e-mail from a per-thread counter), as
-- the README's example and the WordPress plugin's sign-up form send it. Argon2id-bound.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-registration"
function bench.request(k)
  return bench.post(PATH, string.format([[{%s, "language_code": "ENG", "copa_id": %d,
  "customer_first_name": "Bench", "customer_last_name": "Registration", "customer_identity_number": "%d",
  "customer_tax_number": 11111, "customer_birth_date": "1980-08-19",
  "customer_email": "reg-%s-%d-%d@bench.example", "customer_password": "pass123", "customer_gender": "F",
  "customer_campaign": "Bench", "customer_email_agreement": false, "customer_referred_by": null,
  "customer_address": [{"city_code": 95411, "locality_town": "Calvillo", "neighborhood": "Centro",
                        "address_01": "Calle 1 #%d", "zip_code": "20800"}],
  "customer_phone": [{"phone_area_code": "+52", "phone_number": "4951234567", "phone_extension": "", "phone_type": 1},
                     {"phone_area_code": "+52", "phone_number": "4497654321", "phone_extension": "", "phone_type": 2}]}]],
    bench.app, bench.data.copa, k, bench.tag, tid, k, k))
end
