#!/usr/bin/env bash
# The benchmark suite: every Box operation under load, on a server it starts (see README,
# "Performance"). Closed loop at a given concurrency with wrk and one Lua script per operation
# (bench/lua), a warm-up then a measured run per operation. For each: answers per second, latency
# p50/p90/p99/max, the server's CPU time per answer, PostgreSQL's and wrk's own CPU per answer
# (/proc), the server's resident memory. Also: start-up to healthy on an existing database
# (PostgreSQL and embedded), the raw Argon2id hash rate of the server's parameters on the same cores,
# get-info's latency at half its peak rate, and the live heap of the in-memory world data. Writes bench/results/<date>-<host>[-label].json and
# compares it with the last result committed there.
#
#   bench/suite.sh [options]
#     --connections N     wrk connections (default 16)
#     --threads N         wrk threads (default: the number of cores)
#     --warmup S          warm-up seconds per operation (default 5)
#     --jit-warmup S      seconds of read operations before the first one measured (default 30)
#     --duration S        measured seconds per operation (default 10)
#     --embedded          the embedded H2 default instead of PostgreSQL
#     --customers N       customers registered through the API before the runs (default 1000)
#     --pairs N           shipment pairs received for customer-consolidate-awb (default 2500)
#     --preload N         first bulk-insert N customers with SQL (PostgreSQL only), e.g. 1000000
#     --only OP[,OP…]     run only these operations (names of bench/lua/*.lua)
#     --no-startup-other  skip the start-up measure of the other database kind
#     --no-hash-rate      skip the raw Argon2id measure
#     --label LABEL       appended to the result's file name
#     --out FILE          the result's file (default bench/results/<yyyy-mm-dd>-<hostname>[-label].json)
#     --baseline FILE     compare with FILE instead of the last committed result
#     --fail-on-regression  exit 3 when a regression is named (otherwise 0 either way)
#     --threshold PCT     how much worse is a regression (default 10)
#
# Needs: the packaged server (target/casillero-*.jar: ./mvnw -DskipTests package), JAVA_HOME (JDK 21+)
# or java on the PATH, wrk (Debian's package), curl, python3, psql, and a PostgreSQL server whose user
# may create databases (BENCH_PG_HOST/PORT/USER, default 127.0.0.1, 5432, postgres, trust auth); it
# creates a database with a random name and drops it, and never stops or restarts PostgreSQL.
# The server runs with the documented production launch, bin/casillero (its JVM flags and start-up
# cache; the cache is made before the first start, so no start measured includes its training run).
# BENCH_JAVA_OPTS: more JVM options for the server (the launcher's JAVA_OPTS, after its own flags;
# CASILLERO_JVM_OPTS replaces those, CASILLERO_HEAP the heap cap, CASILLERO_CACHE=off drops the
# cache). BENCH_LAUNCH=jar: the plain "java $BENCH_JAVA_OPTS -jar target/casillero-*.jar" instead.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
COMMAND="bench/suite.sh${*:+ $*}"
STARTED_AT="$(date -Iseconds)"
TODAY="$(date +%F)"

CONNECTIONS=16
THREADS="$(nproc)"
WARMUP=5
JIT_WARMUP=30
DURATION=10
BACKEND=postgres
CUSTOMERS=1000
PAIRS=2500
PRELOAD=0
ONLY=""
STARTUP_OTHER=1
HASH_RATE=1
LABEL=""
OUT=""
BASELINE=""
FAIL_ON_REGRESSION=0
THRESHOLD=10
while [ $# -gt 0 ]; do
  case "$1" in
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --jit-warmup) JIT_WARMUP="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --embedded) BACKEND=embedded; shift ;;
    --customers) CUSTOMERS="$2"; shift 2 ;;
    --pairs) PAIRS="$2"; shift 2 ;;
    --preload) PRELOAD="$2"; shift 2 ;;
    --only) ONLY=",$2,"; shift 2 ;;
    --no-startup-other) STARTUP_OTHER=0; shift ;;
    --no-hash-rate) HASH_RATE=0; shift ;;
    --label) LABEL="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --baseline) BASELINE="$2"; shift 2 ;;
    --fail-on-regression) FAIL_ON_REGRESSION=1; shift ;;
    --threshold) THRESHOLD="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ "$PRELOAD" != 0 ] && [ "$BACKEND" = embedded ]; then
  echo "--preload needs PostgreSQL (it bulk-inserts with generate_series)" >&2; exit 2
fi

PG_HOST="${BENCH_PG_HOST:-127.0.0.1}"
PG_PORT="${BENCH_PG_PORT:-5432}"
PG_USER="${BENCH_PG_USER:-postgres}"
PORT="${BENCH_PORT:-18100}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVA_OPTS="${BENCH_JAVA_OPTS:-}"
LAUNCH="${BENCH_LAUNCH:-bin/casillero}"
case "$LAUNCH" in bin/casillero | jar) ;; *) echo "BENCH_LAUNCH is bin/casillero (default) or jar" >&2; exit 2 ;; esac
for tool in wrk curl python3 psql "$JAVA"; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install wrk curl python3 postgresql-client; a JDK 21+)" >&2; exit 1; }
done
JAR="$(ls target/casillero-*.jar 2>/dev/null | grep -v -- '-plain\|\.original' | head -1 || true)"
if [ -z "$JAR" ]; then
  echo "No packaged server: run ./mvnw -DskipTests package first (the suite builds nothing)." >&2
  exit 1
fi
psql_pg() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$@"; }

WORK="$(mktemp -d /tmp/casillero-suite.XXXXXX)"
TAG="$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
DATABASES=()
SERVER=""
SAMPLER=""
OK=0
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  for db in "${DATABASES[@]}"; do
    psql_pg -d postgres -c "drop database if exists $db with (force)" || true
  done
  if [ "$OK" = 1 ]; then rm -rf "$WORK"; else echo "The suite stopped early; its files (server logs) are in $WORK" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

# Creates a database with a random name (in DB), dropped on exit.
new_database() {
  DB="casillero_suite_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
  DATABASES+=("$DB")
  psql_pg -d postgres -c "create database $DB"
}
# The server's settings: a database and a secret; the demo partner 616 and API user 396 on both.
use_postgres() {
  unset CASILLERO_DATA_DIR
  export SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$1?user=$PG_USER"
  export CASILLERO_SERVER_SECRET="suite-secret-$TAG-0123456789abcdef0123456789"
  export CASILLERO_DEMO_DATA=true
}
use_embedded() {
  unset SPRING_DATASOURCE_URL
  export CASILLERO_DATA_DIR="$1"
  export CASILLERO_SERVER_SECRET="suite-secret-$TAG-0123456789abcdef0123456789"
  export CASILLERO_DEMO_DATA=true
}
# The server, or with admin an operator command, as launched (the launcher execs the JVM: started
# in the background, $! is the JVM's process).
launch() {
  if [ "$LAUNCH" = jar ]; then
    # shellcheck disable=SC2086
    "$JAVA" $JAVA_OPTS -jar "$JAR" "$@"
  else
    JAVA_OPTS="$JAVA_OPTS" CASILLERO_JAR="$JAR" bin/casillero "$@"
  fi
}
admin() { launch admin "$@" 2>>"$WORK/admin.log"; }

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# Starts the server and waits for /actuator/health UP; STARTED_S: launch to healthy, STARTED_CPU_S.
start_server() {
  local name="$1" t0 t1
  t0="$(date +%s.%N)"
  if [ "$LAUNCH" = jar ]; then
    # shellcheck disable=SC2086
    "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" >"$WORK/server-$name.log" 2>&1 &
  else
    JAVA_OPTS="$JAVA_OPTS" CASILLERO_JAR="$JAR" bin/casillero --server.port="$PORT" >"$WORK/server-$name.log" 2>&1 &
  fi
  SERVER=$!
  for _ in $(seq 1 3000); do
    if curl -s -m 2 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      t1="$(date +%s.%N)"
      STARTED_S="$(python3 -c "print(round($t1 - $t0, 2))")"
      STARTED_CPU_S="$(python3 -c "print(round($(ticks "$SERVER") / $(getconf CLK_TCK), 2))")"
      log "server up ($name): $STARTED_S s to healthy, $STARTED_CPU_S s CPU"
      return 0
    fi
    kill -0 "$SERVER" 2>/dev/null || { echo "the server stopped; see $WORK/server-$name.log" >&2; tail -20 "$WORK/server-$name.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the server did not become healthy in 300 s; see $WORK/server-$name.log" >&2
  exit 1
}
stop_server() {
  kill "$SERVER"
  wait "$SERVER" 2>/dev/null || true
  SERVER=""
}
# Start-up on an existing database: two starts (the first stopped again), the faster one kept as
# existing_db_s (the machine is shared: the slower one is more likely disturbed).
measured_starts() {
  local kind="$1" first="$2" s1 c1
  start_server "$kind-1"
  s1="$STARTED_S"; c1="$STARTED_CPU_S"
  stop_server
  start_server "$kind"
  python3 - "$WORK/startup-$kind.json" <<PY
import json, sys
runs = [($s1, $c1), ($STARTED_S, $STARTED_CPU_S)]
best = min(runs)
json.dump({"first_start_s": $first, "existing_db_s": best[0], "cpu_s": best[1],
           "runs_s": [r[0] for r in runs], "java_opts": """$JAVA_OPTS""", "launch": "$LAUNCH"},
          open(sys.argv[1], "w"))
PY
}

preload() {
  local n="$1" db="$2"
  log "preloading $n customers with SQL"
  local t0=$SECONDS
  psql_pg -d "$db" <<SQL
begin;
create temp table preload_base as select coalesce(max(cust_id), 0) as cust_id from customer;
insert into customer (cust_id, box_id, copa_id, key_nonce, language_code, first_name, last_name, identity_number,
                      tax_number, birth_date, email, password_hash, gender, campaign, email_agreement, referred_by,
                      is_active, is_enable, is_vip, is_business, enrolled_at, activated_at)
select nextval('customer_cust_id_seq'), nextval('customer_box_id_seq'), 616, md5('preload' || g), 'ENG',
       'Pre' || (g % 1000), 'Load' || (g % 997), (20000000 + g)::text, null, date '1950-01-01' + (g % 20000),
       'PRELOAD' || g || '@BENCH.EXAMPLE', '\$argon2id\$v=19\$m=16384,t=2,p=1\$cHJlbG9hZA\$cHJlbG9hZA',
       case when g % 2 = 0 then 'F' else 'M' end, null, false, null, true, true, g % 10 = 0, g % 50 = 0,
       now() - (g % 1000) * interval '1 day', now() - (g % 1000) * interval '1 day'
from generate_series(1, $n) g;
insert into customer_phone (cust_id, area_code, phone_number, extension, phone_type)
select cust_id, '+52', '495' || lpad((cust_id % 10000000)::text, 7, '0'), '', 1
from customer where cust_id > (select cust_id from preload_base);
insert into customer_address (cust_id, city_code, locality_town, neighborhood, address_01, zip_code, phone_id)
select p.cust_id, 95411, 'Calvillo', 'Centro', 'Calle ' || p.cust_id, '20800', p.phone_id
from customer_phone p where p.cust_id > (select cust_id from preload_base);
commit;
vacuum analyze customer; vacuum analyze customer_phone; vacuum analyze customer_address;
SQL
  log "preloaded $n customers in $((SECONDS - t0)) s; customers now: $(psql_pg -d "$db" -tAc 'select count(*) from customer')"
}

# ---- the start-up cache, the database, the first start, the operator's setup, the measured start
if [ "$LAUNCH" = bin/casillero ]; then
  log "the launcher's start-up cache (made once per jar, JDK and flags)"
  JAVA_OPTS="$JAVA_OPTS" CASILLERO_JAR="$JAR" bin/casillero prepare
fi
if [ "$BACKEND" = postgres ]; then
  new_database
  use_postgres "$DB"
else
  use_embedded "$WORK/h2"
fi
log "first start on an empty $BACKEND database"
start_server first
FIRST_S="$STARTED_S"
stop_server
log "operator setup (admin commands)"
admin warehouse create --code BENCH --name "Bench warehouse" --address "7801 NW 15th Street, Doral, FL 33126" \
  --us-address 7701 --iata MIA >/dev/null
TOKEN="$(admin staff create --name bench --warehouse BENCH | sed -n 's/^token: \([^ ]*\).*/\1/p')"
[ -n "$TOKEN" ] || { echo "no staff token; see $WORK/admin.log" >&2; exit 1; }
admin tariff set --partner 616 --per-lb 3.50 --minimum 6.50 --discount 5 >/dev/null
admin family set --partner 616 --code ELEC --name Electronics --name-es Electrónica --surcharge 5 >/dev/null
admin customs set --country 155 --de-minimis 50 --duty 10 --tax 16 >/dev/null
[ "$PRELOAD" != 0 ] && preload "$PRELOAD" "$DB"
log "measured starts on the existing $BACKEND database"
measured_starts "$BACKEND" "$FIRST_S"

( while kill -0 "$SERVER" 2>/dev/null; do
    echo "$(date +%s.%N) $(awk '/^VmRSS/ {print $2}' "/proc/$SERVER/status" 2>/dev/null || echo 0)"
    sleep 1
  done ) >>"$WORK/rss.log" 2>/dev/null &
SAMPLER=$!

log "preparing data: $CUSTOMERS customers, shipments, $PAIRS consolidation pairs"
python3 bench/suite/prepare.py --base "http://127.0.0.1:$PORT" --token="$TOKEN" --customers "$CUSTOMERS" \
  --pairs "$PAIRS" --tag "$TAG" --lua "$WORK/pools.lua" --json "$WORK/prepare.json" >&2

# ---- the operations
export BENCH_LUA_DIR="$ROOT/bench/lua" BENCH_DATA="$WORK/pools.lua" BENCH_THREADS="$THREADS"
SPLIT="$(python3 -c "print(round($WARMUP / ($WARMUP + $DURATION), 4))")"
PG_POSTMASTER=""
if [ "$BACKEND" = postgres ]; then
  PG_POSTMASTER="$(ps -o ppid= -p "$(psql_pg -d "$DB" -tAc "select pid from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid() limit 1")" | tr -d ' ' || true)"
fi
# 'role pid ticks' for the server and, on PostgreSQL, the postmaster, this database's backends and the
# cluster's own processes (checkpointer, WAL writer, autovacuum…), not other databases' sessions.
# The machine's busy and stolen ticks (/proc/stat) tell whether something else ran meanwhile.
snapshot() {
  echo "server $SERVER $(ticks "$SERVER")"
  awk '$1 == "cpu" { print "machine 0", $2 + $3 + $4 + $7 + $8; print "steal 0", $9 }' /proc/stat
  if [ -n "$PG_POSTMASTER" ]; then
    local pids
    pids="$(psql_pg -d postgres -tAc "select pid from pg_stat_activity where datname = '$DB' or backend_type <> 'client backend'")"
    for pid in $PG_POSTMASTER $pids; do
      [ -r "/proc/$pid/stat" ] && echo "postgres $pid $(ticks "$pid" 2>/dev/null || echo 0)"
    done
  fi
  return 0
}
PHASES=()
wanted() { [ -z "$ONLY" ] || [[ "$ONLY" == *",${1%%@*},"* ]]; }
# run_phase NAME SCRIPT [RATE]: warm-up (first slice of consumed pools), then the measured run.
run_phase() {
  local name="$1" script="$ROOT/bench/lua/$2.lua" rate="${3:-0}" d="$WORK/phases/$1"
  mkdir -p "$d"
  log "$name: ${WARMUP} s warm-up, ${DURATION} s measured${3:+ at $rate/s}"
  if [ "$WARMUP" != 0 ]; then
    BENCH_SLICE="0-$SPLIT" BENCH_RATE="$rate" BENCH_TAG="${TAG}w" \
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 60s -s "$script" "http://127.0.0.1:$PORT/" \
      >"$d/warmup.out" 2>"$d/warmup.err" || true
  fi
  [ "$rate" != 0 ] && echo "$rate" >"$d/rate"
  snapshot >"$d/cpu.before"
  date +%s.%N >"$d/t0"
  local TIMEFORMAT='%3U %3S'
  { time BENCH_SLICE="$SPLIT-1" BENCH_RATE="$rate" BENCH_TAG="${TAG}m" \
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 60s -s "$script" "http://127.0.0.1:$PORT/" \
      >"$d/wrk.out" 2>"$d/wrk.err"; } 2>"$d/wrk.time" || true
  date +%s.%N >"$d/t1"
  snapshot >"$d/cpu.after"
  PHASES+=("$name")
  python3 - "$d" <<'PY' >&2
import json, sys
d = sys.argv[1]
line = next((l for l in open(d + "/wrk.out") if l.startswith("BENCH_RESULT ")), None)
if line is None:
    print("   no result:", open(d + "/wrk.err").read()[-300:])
else:
    r = json.loads(line[13:])
    w = (r["window_us"] or r["duration_us"]) / 1e6
    print(f"   {r['answered'] / w:.0f}/s, p50 {r['latency_us']['p50'] / 1000:.2f} ms, p99 {r['latency_us']['p99'] / 1000:.2f} ms"
          f"{', %d failed' % r['failed'] if r['failed'] else ''}{', %d socket errors' % r['socket_errors'] if r['socket_errors'] else ''}")
PY
}
phase() { if wanted "$1"; then run_phase "$1" "${2:-$1}" "${3:-}"; fi; }
ops_per_s() {
  python3 -c "import json,sys; r=json.loads(next(l for l in open(sys.argv[1]) if l.startswith('BENCH_RESULT '))[13:]); print(r['answered'] / ((r['window_us'] or r['duration_us']) / 1e6))" "$WORK/phases/$1/wrk.out"
}
# Turns the 'box key guid' (or 'box key') lines written by a producing phase into a Lua list.
lua_items() {
  { echo "return {"
    cat "$WORK/$1"-*.txt 2>/dev/null | awk -v kind="$1" 'NF >= 2 {
      if (kind == "guids") printf "{b = %s, k = \"%s\", g = \"%s\"},\n", $1, $2, $3
      else printf "{b = %s, k = \"%s\"},\n", $1, $2 }' || true
    echo "}"; } >"$WORK/$1.lua"
}

SKIPPED=()
# The JIT's warm-up, shared by every operation (framework, JSON, JDBC, authentication): the cheap
# operations that change nothing, in turn, before the first measured one.
if [ "$JIT_WARMUP" != 0 ]; then
  log "JIT warm-up: ${JIT_WARMUP} s over six read operations"
  each=$(( (JIT_WARMUP + 5) / 6 ))
  for op in customer-get-info partner-customer-get-info geographic-get-states get-shipment-info get-shipment-rate \
            customer-get-shipments; do
    BENCH_SLICE=0-1 BENCH_RATE=0 BENCH_TAG="${TAG}j" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${each}s" --timeout 60s \
      -s "$ROOT/bench/lua/$op.lua" "http://127.0.0.1:$PORT/" >/dev/null 2>&1 || true
  done
fi
phase geographic-get-countries
phase geographic-get-states
phase geographic-get-cities
phase search-family-products-copa
phase get-shipment-rate
phase customer-get-info
if wanted customer-get-info && [ -f "$WORK/phases/customer-get-info/wrk.out" ]; then
  HALF="$(python3 -c "print(max(1, round($(ops_per_s customer-get-info) / 2)))")"
  run_phase "customer-get-info@half-rate" customer-get-info "$HALF"
fi
phase partner-customer-get-info
phase customer-get-shipments
phase customer-get-shipments-hbc
phase get-shipment-info
phase customer-update-personal-info
phase customer-update-type
phase customer-update-address-info
phase customer-start-consolidation
phase customer-end-consolidation
phase customer-upload-invoice-custom
export BENCH_OUT="$WORK/guids"
phase customer-upload-invoice-data
lua_items guids
BENCH_EXTRA="$WORK/guids.lua" phase customer-upload-invoice-file
phase customer-consolidate-awb
phase customer-update-email
phase customer-login
phase customer-update-password
phase customer-registration
probe() { python3 -c "import json; print(json.load(open('$WORK/prepare.json'))['probes']['$1'])"; }
if [ "$(probe customer-register-info)" = True ]; then
  export BENCH_OUT="$WORK/inactive"
  phase customer-register-info
  lua_items inactive
  if [ "$(probe customer-activate-box)" = True ]; then
    BENCH_EXTRA="$WORK/inactive.lua" phase customer-activate-box
  else
    SKIPPED+=("customer-activate-box=the server refused the test card (VISA 4111…) or lacks the operation")
  fi
else
  SKIPPED+=("customer-register-info=not answered by this server (probe)" "customer-activate-box=not answered by this server (needs customer-register-info)")
fi
stop_server
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=""

# ---- start-up of the other kind of database
if [ "$STARTUP_OTHER" = 1 ]; then
  if [ "$BACKEND" = postgres ]; then
    use_embedded "$WORK/h2-startup"
    OTHER=embedded
  else
    new_database
    use_postgres "$DB"
    OTHER=postgres
  fi
  log "start-up on $OTHER: first start, then the measured one"
  start_server "first-$OTHER"
  FIRST_S="$STARTED_S"
  stop_server
  measured_starts "$OTHER" "$FIRST_S"
  stop_server
fi

# ---- raw Argon2id with the server's parameters (NativeArgon2PasswordEncoder's constants: OWASP's
# minimum, 19 MiB, 2 iterations, parallelism 1, 16-byte salt, 32-byte hash), by the native libargon2
# the server hashes with and by Bouncy Castle (its fallback), from the jars inside the packaged server
ENCODER=src/main/java/org/casillero/customer/NativeArgon2PasswordEncoder.java
argon2_constant() { sed -n "s/.*static final int $1 = \([0-9_]*\);.*/\1/p" "$ENCODER" 2>/dev/null | tr -d _; }
ARGON2="${BENCH_ARGON2:-$(argon2_constant MEMORY_KIB) $(argon2_constant ITERATIONS) $(argon2_constant PARALLELISM) $(argon2_constant SALT_BYTES) $(argon2_constant HASH_BYTES)}"
if [ "$(echo $ARGON2 | wc -w)" != 5 ]; then
  log "warning: the server's Argon2 parameters were not found in $ENCODER; set BENCH_ARGON2='MEMORY_KIB ITERATIONS PARALLELISM SALT HASH'"
  ARGON2="19456 2 1 16 32"
fi
if [ "$HASH_RATE" = 1 ]; then
  mkdir -p "$WORK/hash-rate-lib"
  python3 - "$JAR" "$WORK/hash-rate-lib" <<'PY'
import os, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for name in z.namelist():
    base = os.path.basename(name)
    if name.startswith("BOOT-INF/lib/") and base.startswith(("bcprov-", "argon2-jvm-", "jna-")):
        open(os.path.join(sys.argv[2], base), "wb").write(z.read(name))
PY
  HASH_CP="$(printf '%s:' "$WORK"/hash-rate-lib/*.jar)"
  log "raw Argon2id ($ARGON2), native and Bouncy Castle: one thread, then $(nproc) threads (each twice, the better kept)"
  for run in 1 2; do
    for engine in native bc; do
      suffix=$([ "$engine" = bc ] && echo "-bc" || true)
      # shellcheck disable=SC2086
      "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$HASH_CP" bench/suite/HashRate.java 1 5 $ARGON2 "$engine" \
        >>"$WORK/argon2-one-thread$suffix.json"
      # shellcheck disable=SC2086
      "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$HASH_CP" bench/suite/HashRate.java "$(nproc)" 8 $ARGON2 "$engine" \
        >>"$WORK/argon2-all-cores$suffix.json"
    done
  done
fi

# ---- the live heap of the in-memory world data (bench/suite/GeoHeap.java, on the packaged classes)
log "live heap of the geographic catalog"
python3 - "$JAR" "$WORK/classes" <<'PY'
import os, sys, zipfile
z, out = zipfile.ZipFile(sys.argv[1]), sys.argv[2]
for n in z.namelist():
    if n.startswith("BOOT-INF/classes/") and not n.endswith("/"):
        p = os.path.join(out, n[len("BOOT-INF/classes/"):])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, "wb").write(z.read(n))
PY
"$JAVA" -XX:+UseSerialGC -cp "$WORK/classes" bench/suite/GeoHeap.java >"$WORK/geo-heap.json" 2>>"$WORK/geo-heap.err" \
  || log "the geographic catalog's heap was not measured; see $WORK/geo-heap.err"

# ---- the result
if [ -z "$OUT" ]; then
  OUT="bench/results/$TODAY-$(hostname)${LABEL:+-$LABEL}.json"
  n=2
  while [ -e "$OUT" ]; do OUT="bench/results/$TODAY-$(hostname)${LABEL:+-$LABEL}-$n.json"; n=$((n + 1)); done
fi
PG_VERSION="$(psql_pg -d postgres -tAc 'show server_version' 2>/dev/null || true)"
JAVA_VERSION="$("$JAVA" -version 2>&1 | head -1)"
python3 - "$WORK/meta.json" <<PY
import json, sys
skipped = dict(s.split("=", 1) for s in """$(printf '%s\n' "${SKIPPED[@]}")""".splitlines() if "=" in s)
json.dump({
  "date": "$TODAY", "started_at": "$STARTED_AT", "command": """$COMMAND""",
  "java": """$JAVA_VERSION""", "postgres": "$PG_VERSION" if "$BACKEND" == "postgres" else None,
  "argon2_parameters": dict(zip(["memory_kib", "iterations", "parallelism", "salt_bytes", "hash_bytes"],
                                map(int, "$ARGON2".split()))),
  "config": {"backend": "$BACKEND", "connections": $CONNECTIONS, "threads": $THREADS, "warmup_s": $WARMUP,
             "duration_s": $DURATION, "jit_warmup_s": $JIT_WARMUP, "customers": $CUSTOMERS, "consolidation_pairs": $PAIRS, "preload": $PRELOAD,
             "java_opts": """$JAVA_OPTS""", "jar": "$(basename "$JAR")", "launch": "$LAUNCH",
             "launcher_jvm_opts": """${CASILLERO_JVM_OPTS-default}""", "launcher_heap": "${CASILLERO_HEAP:-default}",
             "launcher_cache": "${CASILLERO_CACHE:-on}"},
  "phases": """$(printf '%s\n' "${PHASES[@]}")""".split(),
  "skipped": skipped,
}, open(sys.argv[1], "w"), indent=1)
PY
python3 bench/suite/report.py assemble --work "$WORK" --out "$OUT"
OK=1
python3 bench/suite/report.py compare "$OUT" ${BASELINE:+"$BASELINE"} --threshold "$THRESHOLD" \
  $([ "$FAIL_ON_REGRESSION" = 1 ] && echo --fail-on-regression)
