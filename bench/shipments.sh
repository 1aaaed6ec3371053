#!/usr/bin/env bash
# Shipments under load on PostgreSQL (wrk, from Debian's package "wrk"): packages received through
# the warehouse API, then a customer's shipment list (20 shipments) and one shipment's details through
# the Box API. For each: answers per second, latency p50/p90/p99/max, and the server's CPU time per
# answer (from /proc).
#
#   bench/shipments.sh [seconds per phase, default 10]
#
# Needs JAVA_HOME (JDK 21+) or java on the PATH, wrk, curl, bc, psql, and a PostgreSQL server whose
# user may create databases (BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER; default 127.0.0.1, 5432,
# postgres, trusted). It makes a database of its own and drops it. Nothing here runs in the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"
PG_HOST="${BENCH_PG_HOST:-127.0.0.1}"
PG_PORT="${BENCH_PG_PORT:-5432}"
PG_USER="${BENCH_PG_USER:-postgres}"
PORT="${BENCH_PORT:-18095}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR=target/casillero-0.1.0-SNAPSHOT.jar
for tool in wrk bc psql curl; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install wrk bc postgresql-client curl)" >&2; exit 1; }
done
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests

WORK="$(mktemp -d)"
DB="casillero_bench_$(date +%s)_$$"
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "create database $DB"
SERVER=""
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
  wait 2>/dev/null || true
  psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "drop database if exists $DB with (force)" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

export SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB?user=$PG_USER"
export CASILLERO_SERVER_SECRET="bench-server-secret-$(date +%s)-0123456789abcdef"
export CASILLERO_DEMO_DATA=true
admin() { "$JAVA" -jar "$JAR" admin "$@" 2>>"$WORK/admin.log"; }
"$JAVA" -jar "$JAR" --server.port="$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 240); do
  curl -sf "localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 0.5
done
admin warehouse create --code BENCH --name "Bench warehouse" --address "7801 NW 15th Street, Doral, FL 33126" \
  --us-address 7701 --iata MIA >/dev/null
TOKEN="$(admin staff create --name bench --warehouse BENCH | sed -n 's/^token: \([^ ]*\).*/\1/p')"
admin tariff set --partner 616 --per-lb 3.50 --minimum 6.50 >/dev/null

BOX_API="localhost:$PORT/wcf-services"
APP='"user_code": 396, "app_key": "1656d700707ad9a77f737e5df3db088a"'
register() {
  curl -s "$BOX_API/service-customer.svc/customer/customer-registration" -d "{$APP, \"language_code\": \"ENG\",
    \"copa_id\": 616, \"customer_first_name\": \"Bench\", \"customer_last_name\": \"Box\", \"customer_identity_number\": \"1\",
    \"customer_birth_date\": \"1980-08-19\", \"customer_email\": \"$1@example.com\", \"customer_password\": \"pass123\",
    \"customer_gender\": \"F\", \"customer_address\": [{\"city_code\": 95411, \"locality_town\": \"\", \"neighborhood\": \"\",
    \"address_01\": \"Calle 1\", \"zip_code\": \"\"}], \"customer_phone\": [{\"phone_area_code\": \"52\",
    \"phone_number\": \"4951234567\", \"phone_extension\": \"\", \"phone_type\": 1}]}"
}
field() { echo "$1" | grep -o "\"$2\":[^,}]*" | head -1 | cut -d: -f2 | tr -d '"'; }
RECEIVER="$(register "receiver-$$")"
READER="$(register "reader-$$")"
READER_BOX="$(field "$READER" customer_box_id)"
READER_KEY="$(field "$READER" customer_key)"
for i in $(seq 1 20); do
  curl -s "localhost:$PORT/warehouse/v1/packages" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
    -d "{\"boxId\": $READER_BOX, \"courier\": \"UPS\", \"inboundTracking\": \"READ$i-$$\", \"merchant\": \"Amazon.com\",
        \"content\": \"Item $i\", \"declaredValue\": 10, \"measures\": {\"weight\": 1, \"weightUnit\": \"LB\",
        \"length\": 10, \"width\": 8, \"height\": 4, \"lengthUnit\": \"IN\"}}" >"$WORK/last-receipt.json"
done
TRCK="$(field "$(cat "$WORK/last-receipt.json")" trckNmrFol)"

cat >"$WORK/report.lua" <<'LUA'
function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout
  io.write(string.format("%d answers (%d errors), %.0f/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
cat >"$WORK/receive.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
local n = 0
function request()
  n = n + 1
  return wrk.format(nil, nil, nil, string.format([[{"boxId": $(field "$RECEIVER" customer_box_id), "courier": "UPS",
    "inboundTracking": "BENCH-%s-%d", "merchant": "Amazon.com", "content": "Shoes", "declaredValue": 45,
    "measures": {"weight": 1.2, "weightUnit": "KG", "length": 30, "width": 20, "height": 12, "lengthUnit": "CM"}}]],
    tostring({}):sub(8), n))
end
LUA
cat "$WORK/report.lua" >>"$WORK/receive.lua"
cat >"$WORK/list.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{$APP, "customer_box_id": $READER_BOX, "customer_key": "$READER_KEY"}]]
LUA
cat "$WORK/report.lua" >>"$WORK/list.lua"
cat >"$WORK/info.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{$APP, "customer_box_id": $READER_BOX, "customer_key": "$READER_KEY", "trck_nmr_fol": $TRCK}]]
LUA
cat "$WORK/report.lua" >>"$WORK/info.lua"

TICKS="$(getconf CLK_TCK)"
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
phase() {
  local name="$1" script="$2" url="$3"
  wrk -t2 -c16 -d3s -s "$script" "$url" >/dev/null # warm-up
  local before after out answers
  before="$(cpu)"
  out="$(wrk -t2 -c16 -d"${DURATION}s" -s "$script" "$url" | tail -1)"
  after="$(cpu)"
  answers="$(echo "$out" | cut -d' ' -f1)"
  printf '%-22s %s; server CPU %.3f ms per answer\n' "$name" "$out" \
    "$(echo "($after - $before) * 1000 / $TICKS / $answers" | bc -l)"
}
echo "== 16 connections, ${DURATION} s per phase, PostgreSQL"
phase "receive package" "$WORK/receive.lua" "http://localhost:$PORT/warehouse/v1/packages"
phase "get-shipments (20)" "$WORK/list.lua" "http://$BOX_API/service-customer.svc/customer/customer-get-shipments"
phase "get-shipment-info" "$WORK/info.lua" "http://$BOX_API/service-shipment.svc/shipment/get-shipment-info"
echo "RSS: $(( $(ps -o rss= -p "$SERVER") / 1024 )) MiB"
