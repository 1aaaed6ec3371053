#!/usr/bin/env bash
# Registration storms on PostgreSQL (wrk, from Debian's package "wrk"):
#   1. a burst of concurrent registrations (default 1,000) spread over two server instances on one
#      database: how many succeed, how many are answered busy (503) or fail otherwise, and when the
#      last one is answered;
#   2. customer-get-info latency alone, then during a 16-way registration storm on the same
#      instance: p50/p99 and the ratio of the two p99s.
#
#   bench/registration-storm.sh [burst size, default 1000]
#
# Needs JAVA_HOME (JDK 21+) or java on the PATH, wrk, curl, bc, psql, and a PostgreSQL server whose
# user may create databases (BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER; default 127.0.0.1, 5432,
# postgres, trusted). It makes a database of its own and drops it.
# Nothing here runs in the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
BURST="${1:-1000}"
PG_HOST="${BENCH_PG_HOST:-127.0.0.1}"
PG_PORT="${BENCH_PG_PORT:-5432}"
PG_USER="${BENCH_PG_USER:-postgres}"
PORT1="${BENCH_PORT:-18091}"
PORT2=$((PORT1 + 1))
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR=target/casillero-0.1.0-SNAPSHOT.jar
for tool in wrk bc psql curl; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install wrk bc postgresql-client curl)" >&2; exit 1; }
done
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests

WORK="$(mktemp -d)"
DB="casillero_bench_$(date +%s)_$$"
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "create database $DB"
SERVERS=()
cleanup() {
  for pid in "${SERVERS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "drop database if exists $DB with (force)" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

SECRET="bench-server-secret-$(date +%s)-0123456789abcdef"
start() {
  local port="$1"
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB?user=$PG_USER" \
    CASILLERO_SERVER_SECRET="$SECRET" CASILLERO_DEMO_DATA=true \
    "$JAVA" -jar "$JAR" --server.port="$port" >"$WORK/server-$port.log" 2>&1 &
  SERVERS+=($!)
}
await() {
  for _ in $(seq 1 240); do
    curl -sf "localhost:$1/actuator/health" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "server on $1 did not start; see $WORK/server-$1.log" >&2
  exit 1
}
start "$PORT1"
await "$PORT1" # the first one migrates and loads the geographic data; then the second
start "$PORT2"
await "$PORT2"

CUSTOMER=/wcf-services/service-customer.svc/customer
APP='"user_code": 396, "app_key": "1656d700707ad9a77f737e5df3db088a"'

# Unique e-mails per thread and request; each thread sends its quota of requests, then waits, and
# stops once every answer is in. Answers are counted as registered, busy (503) or other.
cat >"$WORK/register.lua" <<'LUA'
local threads = {}
local quota = tonumber(os.getenv("QUOTA") or "0")
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end
function init(args)
  sent, answered, ok, busy, other = 0, 0, 0, 0, 0
  prefix = string.format("%s-%d-%d", os.getenv("TAG") or "x", id, os.time())
end
function delay()
  if quota > 0 and sent >= quota then return 600000 end
  return 0
end
function request()
  sent = sent + 1
  local body = string.format([[{"user_code": 396, "app_key": "1656d700707ad9a77f737e5df3db088a",
    "language_code": "ENG", "copa_id": 616, "customer_first_name": "Storm", "customer_last_name": "Test",
    "customer_identity_number": "1", "customer_birth_date": "1980-08-19",
    "customer_email": "storm-%s-%d@example.com", "customer_password": "pass123", "customer_gender": "F",
    "customer_address": [{"city_code": 95411, "locality_town": "", "neighborhood": "", "address_01": "Calle 1", "zip_code": ""}],
    "customer_phone": [{"phone_area_code": "52", "phone_number": "4951234567", "phone_extension": "", "phone_type": 1}]}]],
    prefix, sent)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
function response(status, headers, body)
  answered = answered + 1
  if status == 200 and body:find('"_verify":true', 1, true) then ok = ok + 1
  elseif status == 503 then busy = busy + 1
  else other = other + 1 end
  if quota > 0 and answered >= quota then wrk.thread:stop() end
end
function done(summary, latency, requests)
  local o, b, x = 0, 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); b = b + t:get("busy"); x = x + t:get("other") end
  local e = summary.errors
  io.write(string.format("registered %d, busy %d, other %d, no answer %d (connect %d, read %d, write %d, timeout %d); slowest answer %.1f s\n",
    o, b, x, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout, latency.max / 1e6))
end
LUA

echo "== $BURST concurrent registrations, half on each of two instances"
PER_INSTANCE=$((BURST / 2))
THREADS=2
QUOTA=$((PER_INSTANCE / THREADS))
# wrk runs for its whole duration (-d): the burst's own time is its slowest answer.
TAG=a QUOTA=$QUOTA wrk -t"$THREADS" -c"$PER_INSTANCE" -d65s --timeout 65s -s "$WORK/register.lua" "http://localhost:$PORT1$CUSTOMER/customer-registration" >"$WORK/burst1.txt" &
W1=$!
TAG=b QUOTA=$QUOTA wrk -t"$THREADS" -c"$PER_INSTANCE" -d65s --timeout 65s -s "$WORK/register.lua" "http://localhost:$PORT2$CUSTOMER/customer-registration" >"$WORK/burst2.txt" &
W2=$!
wait $W1 $W2
echo "instance 1: $(grep -E '^registered' "$WORK/burst1.txt")"
echo "instance 2: $(grep -E '^registered' "$WORK/burst2.txt")"
echo "customers in the database: $(psql -tA -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -c "select count(*) from customer where first_name = 'Storm'")"

echo "== customer-get-info alone, then during a 16-way registration storm (instance 1)"
REG="$(curl -s "localhost:$PORT1$CUSTOMER/customer-registration" -d "{$APP, \"language_code\": \"ENG\", \"copa_id\": 616,
  \"customer_first_name\": \"Bench\", \"customer_last_name\": \"Reader\", \"customer_identity_number\": \"1\",
  \"customer_birth_date\": \"1980-08-19\", \"customer_email\": \"reader-$$@example.com\", \"customer_password\": \"pass123\",
  \"customer_gender\": \"M\", \"customer_address\": [{\"city_code\": 95411, \"locality_town\": \"\", \"neighborhood\": \"\",
  \"address_01\": \"Calle 1\", \"zip_code\": \"\"}], \"customer_phone\": [{\"phone_area_code\": \"52\",
  \"phone_number\": \"4951234567\", \"phone_extension\": \"\", \"phone_type\": 1}]}")"
BOX="$(echo "$REG" | grep -o '"customer_box_id":[0-9]*' | grep -o '[0-9]*')"
KEY="$(echo "$REG" | grep -o '"customer_key":"[^"]*"' | cut -d'"' -f4)"
cat >"$WORK/get-info.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{$APP, "customer_box_id": $BOX, "customer_key": "$KEY"}]]
function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p99 %.2f ms, %d requests, %d errors\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA
ALONE="$(wrk -t1 -c4 -d10s -s "$WORK/get-info.lua" "http://localhost:$PORT1$CUSTOMER/customer-get-info" | tail -1)"
echo "alone:        $ALONE"
TAG=storm QUOTA=0 wrk -t2 -c16 -d14s --timeout 30s -s "$WORK/register.lua" "http://localhost:$PORT1$CUSTOMER/customer-registration" >"$WORK/storm.txt" &
STORM=$!
sleep 2
DURING="$(wrk -t1 -c4 -d10s -s "$WORK/get-info.lua" "http://localhost:$PORT1$CUSTOMER/customer-get-info" | tail -1)"
wait $STORM
echo "during storm: $DURING"
echo "storm:        $(grep -E '^registered' "$WORK/storm.txt")"
p99() { echo "$1" | sed -E 's/.*p99 ([0-9.]+) ms.*/\1/'; }
printf 'p99 during / alone: %.1f\n' "$(echo "$(p99 "$DURING") / $(p99 "$ALONE")" | bc -l)"
