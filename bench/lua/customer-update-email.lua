-- customer-update-email: each answer carries a new customer_key and the old one stops working, so
-- each thread keeps its customers in a free list: a request takes one, its answer (box id, new key)
-- puts it back with the new key and e-mail. Warm-up and measured run use disjoint customers.
local bench = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local PATH = "/wcf-services/service-customer.svc/customer/customer-update-email"
local free, by_box = {}, {}
function bench.init()
  local pool = bench.data.emailers
  local lo, hi = bench.slice(#pool)
  for i = lo + tid - 1, hi, bench.nthreads do
    local c = { b = pool[i].b, k = pool[i].k, e = pool[i].e }
    table.insert(free, c)
    by_box[tostring(c.b)] = c
  end
end
function bench.take(k) return table.remove(free, 1) end
function bench.untake(c) table.insert(free, 1, c) end
function bench.request(k, c)
  c.next = string.format("mail-%s-%d-%d-%d@bench.example", bench.tag, c.b, tid, k)
  return bench.post(PATH, string.format([[{%s, "customer_box_id": %d, "customer_key": "%s",
  "customer_current_email": "%s", "customer_new_email": "%s"}]], bench.app, c.b, c.k, c.e, c.next))
end
function bench.on_response(status, body)
  local box = body:match('"customer_box_id":(%d+)')
  local key = body:match('"customer_key":"([^"]+)"')
  local c = box and by_box[box]
  if c and key then
    c.k, c.e = key, c.next
    table.insert(free, c)
  end
end
