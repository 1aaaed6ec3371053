-- customer-upload-invoice-data (step 1 of an upload): registers a file name for a shipment; at most 10
-- per shipment, so each request consumes one of the 10 slots of each shipment (shipments in turn).
-- Each GUID answered is written to BENCH_OUT-<thread> for customer-upload-invoice-file.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-upload-invoice-data"
local slots, out = {}, nil
function bench.init()
  for round = 1, 10 do
    for _, s in ipairs(bench.data.shipments) do table.insert(slots, s) end
  end
  out = io.open(os.getenv("BENCH_OUT") .. "-" .. tid .. ".txt", "a")
end
function bench.take(k) return bench.consume(slots, k) end
function bench.request(k, s)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %d, "customer_key": "%s", "trck_nmr_fol": %d,
  "invoice_file_name": "C:\\fakepath\\invoice-%d.pdf"}]], bench.app, s.b, s.k, s.t, k))
end
function bench.on_response(status, body)
  local guid = body:match('"invoice_file_guid":"([^"]+)"')
  local box = body:match('"customer_box_id":(%d+)')
  if status == 200 and guid and box then out:write(box, " ", bench.data.keys[tonumber(box)], " ", guid, "\n"); out:flush() end
end
