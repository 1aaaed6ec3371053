-- customer-consolidate-awb: two received shipments of one box per request, each shipment in one
-- request only (an open request holds its shipments), so the pairs are consumed.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-consolidate-awb"
function bench.take(k) return bench.consume(bench.data.pairs, k) end
function bench.request(k, p)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %d, "customer_key": "%s",
  "trck_nmr_fol_list": [{"trck_nmr_fol": %d, "awb_declared_value": 45, "awb_invoice_url": ""},
                        {"trck_nmr_fol": %d, "awb_declared_value": "12.50", "awb_invoice_url": ""}]}]],
    bench.app, p.b, p.k, p.t1, p.t2))
end
