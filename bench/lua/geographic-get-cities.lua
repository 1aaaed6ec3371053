-- geographic-get-cities: the cities of Aguascalientes (state 2761), a small state.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-geographic.svc/geographic/geographic-get-cities"
function bench.request(k) return bench.post(PATH, "{" .. bench.app .. ', "state_code": 2761}') end
