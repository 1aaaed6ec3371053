-- customer-upload-invoice-file (step 2): a 24 KiB PDF as the raw body, credentials and GUID in HTTP
-- headers and Content-Type text/plain, as the plugin sends it; one GUID from the upload-invoice-data
-- phase per request (BENCH_EXTRA).
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-upload-invoice-file"
local guids = dofile(os.getenv("BENCH_EXTRA"))
local user_code, app_key = bench.data.user_code, bench.data.app_key
local pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" ..
  "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" ..
  "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n" ..
  "4 0 obj << /Length 24000 >> stream\n" .. string.rep("BT /F1 12 Tf 72 712 Td (Invoice line) Tj ET\n", 500) ..
  "endstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
function bench.take(k) return bench.consume(guids, k) end
function bench.request(k, g)
  return wrk.format("POST", PATH, {
    ["Content-Type"] = "text/plain", ["user_code"] = user_code, ["app_key"] = app_key,
    ["invoice_file_guid"] = g.g, ["customer_box_id"] = tostring(g.b), ["customer_key"] = g.k }, pdf)
end
