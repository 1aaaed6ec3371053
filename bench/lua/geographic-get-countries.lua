-- geographic-get-countries: every country (about 25 KB per answer).
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-geographic.svc/geographic/geographic-get-countries"
function bench.request(k) return bench.post(PATH, "{" .. bench.app .. "}") end
