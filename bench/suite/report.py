#!/usr/bin/env python3
"""Result files of bench/suite.sh (standard library only).

  report.py assemble --work DIR --out FILE [--meta KEY=VALUE ...]   builds the JSON result of a run
  report.py compare NEW.json [BASELINE.json] [--fail-on-regression]  prints the table, names regressions
  report.py markdown RESULT.json                                     the README's table of a result

assemble reads what suite.sh left in DIR: phases/<op>/{wrk.out,wrk.time,cpu.before,cpu.after,t0,t1},
rss.log ("epoch kB" each second), startup-*.json, argon2-*.json, geo-heap.json, prepare.json, meta.json.

compare takes the baseline given, or else the newest result committed under bench/results with the
same backend, preload and connections (or else the newest committed at all). A regression: server
CPU per operation or p99 latency more than 10 % worse, or answers per second more than 10 % lower
(--threshold PCT changes the 10 %)
(ignoring differences below 0.01 ms of CPU and 0.5 ms of latency, which are noise on this machine);
the maximum resident memory or a start-up more than 10 % higher.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

TICKS = os.sysconf("SC_CLK_TCK")


def read(path, default=None):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return default


def cpu_snapshot(path):
    """'role pid ticks' lines -> {(role, pid): ticks}."""
    snap = {}
    for line in (read(path, "") or "").splitlines():
        parts = line.split()
        if len(parts) == 3:
            snap[(parts[0], parts[1])] = int(parts[2])
    return snap


def cpu_delta(before, after, role):
    """Ticks spent by the processes of a role present in both snapshots, in seconds."""
    total = 0
    for key, ticks in after.items():
        if key[0] == role and key in before:
            total += ticks - before[key]
    return total / TICKS


def rss_samples(work):
    samples = []
    for line in (read(os.path.join(work, "rss.log"), "") or "").splitlines():
        parts = line.split()
        if len(parts) == 2:
            samples.append((float(parts[0]), int(parts[1])))
    return samples


def phase(work, name, samples):
    d = os.path.join(work, "phases", name)
    out = read(os.path.join(d, "wrk.out"), "") or ""
    line = next((l for l in out.splitlines() if l.startswith("BENCH_RESULT ")), None)
    if line is None:
        return {"error": "no result from wrk", "wrk_output": out[-500:]}
    r = json.loads(line[len("BENCH_RESULT "):])
    before, after = cpu_snapshot(os.path.join(d, "cpu.before")), cpu_snapshot(os.path.join(d, "cpu.after"))
    server_s = cpu_delta(before, after, "server")
    pg_s = cpu_delta(before, after, "postgres")
    machine_s = cpu_delta(before, after, "machine")
    steal_s = cpu_delta(before, after, "steal")
    user, system = (float(x) for x in (read(os.path.join(d, "wrk.time"), "0 0") or "0 0").split()[:2])
    t0, t1 = float(read(os.path.join(d, "t0"), "0")), float(read(os.path.join(d, "t1"), "0"))
    window = r["window_us"] / 1e6 or r["duration_us"] / 1e6
    answered = max(1, r["answered"])
    run_s = t1 - t0 if t1 > t0 else window  # the whole measured run, idle tail of a used-up pool included
    in_phase = [kb for t, kb in samples if t0 <= t <= t1]
    lat = r["latency_us"]
    result = {
        "ops_per_s": round(r["answered"] / window, 1),
        "answered": r["answered"],
        "ok": r["ok"],
        "failed": r["failed"],
        "socket_errors": r["socket_errors"],
        "window_s": round(window, 2),
        "latency_ms": {k: round(v / 1000, 3) for k, v in lat.items() if k != "stdev"},
        "server_cpu_ms_per_op": round(server_s * 1000 / answered, 4),
        "server_cpu_cores": round(server_s / run_s, 2),
        "postgres_cpu_ms_per_op": (round(pg_s * 1000 / answered, 4)
                                   if any(k[0] == "postgres" for k in before) else None),
        "wrk_cpu_ms_per_op": round((user + system) * 1000 / answered, 4),
        "wrk_cpu_cores": round((user + system) / run_s, 2),
        # CPU of the machine that is neither the server, PostgreSQL (this database) nor wrk: other
        # work that disturbed the run when well above zero (the suite's own shell and sampler: ~0.01)
        "other_cpu_cores": round((machine_s - server_s - pg_s - user - system) / run_s, 2),
        "steal_cpu_cores": round(steal_s / run_s, 2),
        "rss_mib_max": round(max(in_phase) / 1024, 1) if in_phase else None,
        "rss_mib_end": round(in_phase[-1] / 1024, 1) if in_phase else None,
    }
    rate = read(os.path.join(d, "rate"))
    if rate:
        result["target_rate_per_s"] = float(rate)
    return result


def machine():
    model = next((l.split(":", 1)[1].strip() for l in (read("/proc/cpuinfo", "") or "").splitlines()
                  if l.startswith("model name")), "?")
    mem = next((int(l.split()[1]) for l in (read("/proc/meminfo", "") or "").splitlines()
                if l.startswith("MemTotal")), 0)
    return {"hostname": os.uname().nodename, "nproc": os.cpu_count(), "cpu_model": model,
            "memory_mib": mem // 1024, "kernel": os.uname().release}


def git(*args):
    try:
        return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def assemble(a):
    work = a.work
    meta = json.loads(read(os.path.join(work, "meta.json"), "{}"))
    samples = rss_samples(work)
    ops = {}
    for name in meta.get("phases", []):
        ops[name] = phase(work, name, samples)
    startup = {}
    for path in sorted(glob.glob(os.path.join(work, "startup-*.json"))):
        startup[os.path.basename(path)[8:-5]] = json.loads(read(path))
    argon2 = {"parameters": meta.get("argon2_parameters")}
    for path in sorted(glob.glob(os.path.join(work, "argon2-*.json"))):
        text = read(path, "")
        try:  # each measure runs twice: the better one is the least disturbed
            runs = [json.loads(l) for l in text.strip().splitlines()]
            best = max(runs, key=lambda r: r["hashes_per_s"])
            best["runs_hashes_per_s"] = [r["hashes_per_s"] for r in runs]
            argon2[os.path.basename(path)[7:-5]] = best
        except (ValueError, IndexError):
            argon2[os.path.basename(path)[7:-5]] = {"error": text[-300:]}
    hashing = ("customer-registration", "customer-login", "customer-update-password", "customer-register-info")
    for kind in ("all-cores", "one-thread"):
        raw = argon2.get(kind, {}).get("hashes_per_s")
        if raw:
            argon2["ratio_to_" + kind.replace("-", "_")] = {
                op: round(ops[op]["ops_per_s"] / raw, 3) for op in hashing if op in ops and "ops_per_s" in ops[op]}
    dirty = git("status", "--porcelain", "--untracked-files=no")
    result = {
        "date": meta.get("date"),
        "started_at": meta.get("started_at"),
        "machine": machine(),
        "command": meta.get("command"),
        "git": {"commit": git("rev-parse", "HEAD"), "branch": git("rev-parse", "--abbrev-ref", "HEAD"),
                "dirty": bool(dirty)},
        "java": meta.get("java"),
        "postgres": meta.get("postgres"),
        "config": meta.get("config"),
        "prepare": json.loads(read(os.path.join(work, "prepare.json"), "{}") or "{}"),
        "skipped": meta.get("skipped", {}),
        "operations": ops,
        "memory": {
            "rss_mib_max": round(max(kb for _, kb in samples) / 1024, 1) if samples else None,
            "rss_mib_last": round(samples[-1][1] / 1024, 1) if samples else None,
            "samples": len(samples),
        },
        "startup": startup,
        "argon2": argon2,
        "geo_catalog": json.loads(read(os.path.join(work, "geo-heap.json"), "null") or "null"),
    }
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    print(f"Result written to {a.out}")


def committed_results():
    files = git("ls-files", "bench/results/*.json")
    return [f for f in (files or "").splitlines() if f]


def pick_baseline(new_path, new):
    own = os.path.abspath(new_path)
    candidates = []
    for f in committed_results():
        if os.path.abspath(f) == own:
            continue
        try:
            data = json.loads(git("show", f"HEAD:{f}") or "")
        except ValueError:
            continue
        candidates.append((data.get("started_at") or data.get("date") or "", f, data))
    if not candidates:
        return None, None
    cfg = new.get("config") or {}

    def same(d):
        c = d.get("config") or {}
        return all(c.get(k) == cfg.get(k) for k in ("backend", "preload", "connections"))

    alike = [c for c in candidates if same(c[2])] or candidates
    alike.sort()
    return alike[-1][1], alike[-1][2]


def pct(new, old):
    if new is None or old in (None, 0):
        return None
    return (new - old) * 100.0 / old


def fmt_change(new, old):
    p = pct(new, old)
    return "" if p is None else f"{p:+.0f}%"


def compare(a):
    new = json.loads(read(a.new))
    if a.baseline:
        base_name, base = a.baseline, json.loads(read(a.baseline))
    else:
        base_name, base = pick_baseline(a.new, new)
    print()
    cfg = new.get("config") or {}
    print(f"== {new.get('date')} on {new['machine']['hostname']} ({new['machine']['nproc']} cores, "
          f"{new['machine']['cpu_model']}): {cfg.get('backend')}, {cfg.get('connections')} connections, "
          f"{cfg.get('warmup_s')} s warm-up + {cfg.get('duration_s')} s per operation"
          + (f", {cfg.get('preload')} customers preloaded" if cfg.get("preload") else ""))
    differs = ""
    if base is not None:
        bcfg = base.get("config") or {}
        # Results from before the launcher ran the server with a plain java -jar.
        launch = {"launch": "jar"}
        diff = [f"{k} {bcfg.get(k, launch.get(k))}" for k in ("backend", "preload", "connections", "duration_s", "launch")
                if bcfg.get(k, launch.get(k)) != cfg.get(k, launch.get(k))]
        differs = f" (it differs: {', '.join(diff)})" if diff else ""
    print(f"   baseline: {base_name or 'none committed'}{differs}")
    rows = []
    header = ("operation", "ops/s", "p50 ms", "p99 ms", "max ms", "srv CPU ms/op", "pg ms/op", "wrk ms/op",
              "RSS max", "vs baseline: ops/s", "p99", "CPU/op")
    regressions = []
    up, down = 1 + a.threshold / 100, 1 - a.threshold / 100
    bops = (base or {}).get("operations", {})
    for name, r in new["operations"].items():
        if "ops_per_s" not in r:
            rows.append((name, "error", "", "", "", "", "", "", "", "", "", ""))
            continue
        b = bops.get(name) or {}
        lat, blat = r["latency_ms"], (b.get("latency_ms") or {})
        note = f" ({r['failed']} failed)" if r.get("failed") else ""
        if r.get("window_s") and cfg.get("duration_s") and r["window_s"] < 0.8 * cfg["duration_s"]:
            note += f" (pool used up: {r['window_s']:.1f} s)"
        if (r.get("other_cpu_cores") or 0) + (r.get("steal_cpu_cores") or 0) >= 0.2:
            note += f" (disturbed: {r['other_cpu_cores']:.1f} other + {r['steal_cpu_cores']:.1f} stolen cores)"
        rows.append((name + note, f"{r['ops_per_s']:.0f}", f"{lat['p50']:.2f}", f"{lat['p99']:.2f}",
                     f"{lat['max']:.0f}", f"{r['server_cpu_ms_per_op']:.3f}",
                     "" if r.get("postgres_cpu_ms_per_op") is None else f"{r['postgres_cpu_ms_per_op']:.3f}",
                     f"{r['wrk_cpu_ms_per_op']:.3f}", "" if r.get("rss_mib_max") is None else f"{r['rss_mib_max']:.0f}",
                     fmt_change(r["ops_per_s"], b.get("ops_per_s")), fmt_change(lat["p99"], blat.get("p99")),
                     fmt_change(r["server_cpu_ms_per_op"], b.get("server_cpu_ms_per_op"))))
        if b:
            cpu, bcpu = r["server_cpu_ms_per_op"], b.get("server_cpu_ms_per_op")
            if bcpu and cpu > bcpu * up and cpu - bcpu >= 0.01:
                regressions.append(f"{name}: server CPU {bcpu:.3f} -> {cpu:.3f} ms/op ({fmt_change(cpu, bcpu)})")
            if blat.get("p99") and lat["p99"] > blat["p99"] * up and lat["p99"] - blat["p99"] >= 0.5:
                regressions.append(f"{name}: p99 {blat['p99']:.2f} -> {lat['p99']:.2f} ms ({fmt_change(lat['p99'], blat['p99'])})")
            if b.get("ops_per_s") and r["ops_per_s"] < b["ops_per_s"] * down:
                regressions.append(f"{name}: {b['ops_per_s']:.0f} -> {r['ops_per_s']:.0f} ops/s "
                                   f"({fmt_change(r['ops_per_s'], b['ops_per_s'])})")
    widths = [max(len(str(row[i])) for row in rows + [header]) for i in range(len(header))]
    for row in [header] + rows:
        print("  " + "  ".join(str(c).ljust(widths[i]) if i == 0 else str(c).rjust(widths[i])
                               for i, c in enumerate(row)))
    mem, bmem = new.get("memory", {}), (base or {}).get("memory", {})
    print(f"   resident memory: max {mem.get('rss_mib_max')} MiB, last {mem.get('rss_mib_last')} MiB"
          + (f" (baseline max {bmem.get('rss_mib_max')} MiB)" if bmem else ""))
    if bmem.get("rss_mib_max") and (mem.get("rss_mib_max") or 0) > bmem["rss_mib_max"] * up:
        regressions.append(f"resident memory: max {bmem['rss_mib_max']} -> {mem['rss_mib_max']} MiB")
    for backend, s in new.get("startup", {}).items():
        bs = ((base or {}).get("startup") or {}).get(backend) or {}
        print(f"   start-up ({backend}, existing database): {s.get('existing_db_s')} s to healthy, "
              f"{s.get('cpu_s')} s CPU (runs {s.get('runs_s')}; first start on an empty database: {s.get('first_start_s')} s)"
              + (f" (baseline {bs.get('existing_db_s')} s)" if bs else ""))
        if bs.get("existing_db_s") and (s.get("existing_db_s") or 0) > bs["existing_db_s"] * up:
            regressions.append(f"start-up {backend}: {bs['existing_db_s']} -> {s['existing_db_s']} s")
    geo, bgeo = new.get("geo_catalog") or {}, (base or {}).get("geo_catalog") or {}
    if geo.get("live_mib") is not None:
        print(f"   in-memory world data: {geo['live_mib']} MiB of live heap, built in {geo.get('build_ms')} ms"
              + (f" (baseline {bgeo['live_mib']} MiB)" if bgeo.get("live_mib") is not None else ""))
        if bgeo.get("live_mib") and geo["live_mib"] > bgeo["live_mib"] * up:
            regressions.append(f"in-memory world data: {bgeo['live_mib']} -> {geo['live_mib']} MiB")
    argon2 = new.get("argon2", {})
    if "all-cores" in argon2:
        one, allc = argon2.get("one-thread", {}), argon2["all-cores"]
        ratios = ", ".join(f"{k} {v * 100:.0f}%" for k, v in (argon2.get("ratio_to_all_cores") or {}).items())
        p = argon2.get("parameters") or {}
        print(f"   raw Argon2id (m={p.get('memory_kib')} KiB, t={p.get('iterations')}, p={p.get('parallelism')}): "
              f"{allc.get('hashes_per_s')} hashes/s on {allc.get('threads')} threads, {one.get('hashes_per_s')} on one; "
              f"server ops / raw on all cores: {ratios}")
        ones = ", ".join(f"{k} {v * 100:.0f}%" for k, v in (argon2.get("ratio_to_one_thread") or {}).items())
        print(f"   (server ops / raw on one thread: {ones})")
        bc1, bcn = argon2.get("one-thread-bc", {}), argon2.get("all-cores-bc", {})
        if bcn.get("hashes_per_s"):
            print(f"   (that is {allc.get('engine', 'bc')}; Bouncy Castle: {bcn.get('hashes_per_s')} hashes/s on "
                  f"{bcn.get('threads')} threads, {bc1.get('hashes_per_s')} on one)")
    for name, why in (new.get("skipped") or {}).items():
        print(f"   skipped {name}: {why}")
    if base is not None:
        if regressions:
            print("   REGRESSIONS against the baseline:")
            for r in regressions:
                print("   - " + r)
        else:
            print("   no regression against the baseline")
    if regressions and a.fail_on_regression:
        sys.exit(3)


def markdown(a):
    """The README's table of a result."""
    r = json.loads(read(a.file))
    print("| Operation | ops/s | p50 ms | p90 ms | p99 ms | max ms | server CPU ms/op | PostgreSQL ms/op | wrk ms/op |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, o in r["operations"].items():
        if "ops_per_s" not in o:
            continue
        lat = o["latency_ms"]
        pg = "–" if o.get("postgres_cpu_ms_per_op") is None else f"{o['postgres_cpu_ms_per_op']:.2f}"
        note = ""
        if o["window_s"] < 0.8 * r["config"]["duration_s"]:
            note = f" ¹ ({o['answered']:,} in {o['window_s']:.1f} s)"
        print(f"| {name}{note} | {o['ops_per_s']:,.0f} | {lat['p50']:.1f} | {lat['p90']:.1f} | {lat['p99']:.1f} | "
              f"{lat['max']:.0f} | {o['server_cpu_ms_per_op']:.2f} | {pg} | {o['wrk_cpu_ms_per_op']:.3f} |")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("assemble")
    s.add_argument("--work", required=True)
    s.add_argument("--out", required=True)
    c = sub.add_parser("compare")
    c.add_argument("new")
    c.add_argument("baseline", nargs="?")
    c.add_argument("--fail-on-regression", action="store_true")
    c.add_argument("--threshold", type=float, default=10.0, help="percent worse that is a regression (10)")
    m = sub.add_parser("markdown")
    m.add_argument("file")
    a = ap.parse_args()
    {"assemble": assemble, "compare": compare, "markdown": markdown}[a.cmd](a)


if __name__ == "__main__":
    main()
