#!/usr/bin/env bash
# Benchmark of the geographic lookups: starts the packaged server on a fresh embedded database,
# reports the first load of the bundled data, the memory the server holds afterwards, and the
# throughput and latency of each lookup under load (wrk, from Debian's package "wrk").
#
#   bench/geo-lookups.sh [seconds per lookup, default 10]
#
# Needs JAVA_HOME (JDK 21+) or java on the PATH, and wrk. Nothing here runs in the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"
PORT="${BENCH_PORT:-18090}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR=target/casillero-0.1.0-SNAPSHOT.jar
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests

DATA="$(mktemp -d)"
LOG="$DATA/server.log"
"$JAVA" -jar "$JAR" --casillero.data-dir="$DATA" --server.port="$PORT" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  curl -sf "localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 0.5
done

echo "== First start"
grep -o 'Loaded the bundled geographic data.*' "$LOG" || echo "(no bundled load in the log)"
grep -o 'Started CasilleroApplication in [0-9.]* seconds' "$LOG" || true

BASE="localhost:$PORT/wcf-services/service-geographic.svc/geographic"
CREDENTIALS='"user_code": 396, "app_key": "1656d700707ad9a77f737e5df3db088a"'
ENGLAND="$(curl -s "$BASE/geographic-get-states" -d "{$CREDENTIALS, \"country_code\": $(curl -s "$BASE/geographic-get-countries" -d "{$CREDENTIALS}" | grep -o '"country_code":[0-9]*,"country_iso_code":"GB"' | grep -o '[0-9]*' | head -1)}" | grep -o '"state_code":[0-9]*,"state_name":"England"' | grep -o '[0-9]*' | head -1)"

run() {
  local name="$1" path="$2" body="$3"
  local script="$DATA/$name.lua"
  printf 'wrk.method = "POST"\nwrk.body = [[%s]]\nwrk.headers["Content-Type"] = "application/json"\n' "$body" >"$script"
  local bytes
  bytes="$(curl -s "$BASE/$path" -d "$body" | wc -c)"
  echo "== $name ($bytes bytes per answer)"
  wrk -t2 -c16 -d"${DURATION}s" --latency -s "$script" "http://$BASE/$path" | grep -E 'Requests/sec|Latency  |50%|99%|Non-2xx'
}

run countries geographic-get-countries "{$CREDENTIALS}"
run states-of-mexico geographic-get-states "{$CREDENTIALS, \"country_code\": 155}"
run cities-of-aguascalientes geographic-get-cities "{$CREDENTIALS, \"state_code\": 2761}"
run cities-of-england geographic-get-cities "{$CREDENTIALS, \"state_code\": $ENGLAND}"

echo "== Memory after a full GC"
if command -v "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" >/dev/null; then
  "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$SERVER" GC.run >/dev/null
  "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$SERVER" GC.heap_info | grep -iE 'used|total' | head -3
fi
echo "RSS: $(( $(ps -o rss= -p "$SERVER") / 1024 )) MiB"
