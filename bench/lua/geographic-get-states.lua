-- geographic-get-states: Mexico's 32 states (country 155).
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-geographic.svc/geographic/geographic-get-states"
function bench.request(k) return bench.post(PATH, "{" .. bench.app .. ', "country_code": 155}') end
