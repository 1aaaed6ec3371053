#!/usr/bin/env python3
"""Prepares the data of bench/suite.sh through the server's own API (standard library only).

Registers customers (Box API, 16 at a time), receives packages for some of them (warehouse API,
staff token), probes the optional operations, and writes the Lua data file that bench/lua/*.lua
read (BENCH_DATA) plus a JSON summary.

  prepare.py --base http://127.0.0.1:PORT --token STAFF_TOKEN --customers N --pairs P \
             --tag TAG --lua OUT.lua --json OUT.json
"""
import argparse
import http.client
import json
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

APP_USER, APP_KEY, COPA = 396, "1656d700707ad9a77f737e5df3db088a", 616
PASSWORD = "pass123"
FAMILY = "ELEC"
CUSTOMER = "/wcf-services/service-customer.svc/customer/"

local = threading.local()


def post(base, path, body, headers=None):
    """POST on a keep-alive connection of this thread; answers (status, parsed JSON or text)."""
    url = urllib.parse.urlsplit(base)
    for attempt in range(3):
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
        try:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            conn.request("POST", path, data, {"Content-Type": "application/json", **(headers or {})})
            resp = conn.getresponse()
            text = resp.read().decode()
            try:
                return resp.status, json.loads(text)
            except ValueError:
                return resp.status, text
        except (ConnectionError, http.client.HTTPException, OSError):
            conn.close()
            local.conn = None
            if attempt == 2:
                raise
            time.sleep(0.5)


def registration(email, n):
    return {
        "user_code": APP_USER, "app_key": APP_KEY, "language_code": "ENG", "copa_id": COPA,
        "customer_first_name": "Bench", "customer_last_name": f"Customer {n}",
        "customer_identity_number": str(10000000 + n), "customer_tax_number": 11111,
        "customer_birth_date": "1980-08-19", "customer_email": email, "customer_password": PASSWORD,
        "customer_gender": "F" if n % 2 else "M", "customer_campaign": "Bench",
        "customer_email_agreement": False, "customer_referred_by": None,
        "customer_address": [{"city_code": 95411, "locality_town": "Calvillo", "neighborhood": "Centro",
                              "address_01": f"Calle {n}", "zip_code": "20800"}],
        "customer_phone": [
            {"phone_area_code": "+52", "phone_number": f"495{n:07d}", "phone_extension": "", "phone_type": 1},
            {"phone_area_code": "+52", "phone_number": f"449{n:07d}", "phone_extension": "", "phone_type": 2}],
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--customers", type=int, default=1000)
    ap.add_argument("--pairs", type=int, default=2500)
    ap.add_argument("--tag", required=True)
    ap.add_argument("--lua", required=True)
    ap.add_argument("--json", required=True)
    a = ap.parse_args()
    base = a.base
    summary = {}

    # Customers: the readers (get-info, updates, partner lookup, login) and pools of their own for
    # the operations that change credentials, the consolidation mode, and the shipment boxes.
    sizes = {"readers": a.customers, "emailers": 64, "passworders": 64, "modes": 64, "boxes": 128,
             "consolidators": 50}
    total = sum(sizes.values())
    emails = [f"c{n}-{a.tag}@bench.example" for n in range(total)]

    def register(n):
        status, answer = post(base, CUSTOMER + "customer-registration", registration(emails[n], n))
        if status != 200 or not answer[0].get("_verify"):
            raise SystemExit(f"registration {n} failed: {status} {answer}")
        return {"b": answer[0]["customer_box_id"], "k": answer[0]["customer_key"], "e": emails[n]}

    t0 = time.monotonic()
    with ThreadPoolExecutor(16) as pool:
        customers = list(pool.map(register, range(total)))
    summary["customers_registered"] = total
    summary["registration_s"] = round(time.monotonic() - t0, 1)
    pools, at = {}, 0
    for name, size in sizes.items():
        pools[name] = customers[at:at + size]
        at += size

    # Packages: 20 for each shipment box (the lists of 20), two per consolidation pair.
    def receive(job):
        box, n = job
        status, answer = post(base, "/warehouse/v1/packages", {
            "boxId": box, "courier": "UPS", "inboundTracking": f"1Z{a.tag}{n:07d}", "merchant": "Amazon.com",
            "content": "Shoes", "familyProduct": FAMILY, "declaredValue": 45,
            "measures": {"weight": 1.2, "weightUnit": "KG", "length": 30, "width": 20, "height": 12,
                         "lengthUnit": "CM"}}, {"Authorization": f"Bearer {a.token}"})
        if status != 201:
            raise SystemExit(f"receiving a package failed: {status} {answer}")
        return answer["trckNmrFol"]

    jobs = [(c["b"], 0) for _ in range(20) for c in pools["boxes"]]
    cons = pools["consolidators"]
    jobs += [(cons[p % len(cons)]["b"], 0) for p in range(a.pairs) for _ in range(2)]
    jobs = [(box, n) for n, (box, _) in enumerate(jobs)]
    t0 = time.monotonic()
    with ThreadPoolExecutor(16) as pool:
        trcks = list(pool.map(receive, jobs))
    summary["packages_received"] = len(jobs)
    summary["receiving_s"] = round(time.monotonic() - t0, 1)
    nbox = 20 * len(pools["boxes"])
    shipments = []
    for i in range(nbox):  # job i received a package for box i % boxes: consecutive items differ
        c = pools["boxes"][i % len(pools["boxes"])]
        shipments.append({"b": c["b"], "k": c["k"], "t": trcks[i]})
    pairs = []
    for p in range(a.pairs):
        c = cons[p % len(cons)]
        pairs.append({"b": c["b"], "k": c["k"], "t1": trcks[nbox + 2 * p], "t2": trcks[nbox + 2 * p + 1]})

    # Optional operations: answered only by servers that have them.
    probes = {}
    body = registration(f"probe-{a.tag}@bench.example", 999999)
    del body["customer_tax_number"]
    status, answer = post(base, CUSTOMER + "customer-register-info", body)
    probes["customer-register-info"] = status != 404 and isinstance(answer, list) and bool(answer[0].get("_verify"))
    probes["customer-activate-box"] = False
    if probes["customer-register-info"]:
        status, answer = post(base, CUSTOMER + "customer-activate-box", {
            "user_code": APP_USER, "app_key": APP_KEY, "copa_id": COPA,
            "customer_box_id": answer[0]["customer_box_id"], "customer_key": answer[0]["customer_key"],
            "customer_credit_card": [{"cc_type_name": "VISA", "cc_holder_name": "BENCH PROBE",
                                      "cc_number": "4111111111111111", "cc_expiration_date": "2030-12-01",
                                      "cc_security_code": "123"}]})
        probes["customer-activate-box"] = (status != 404 and isinstance(answer, list)
                                           and bool(answer[0].get("_verify")))
        if not probes["customer-activate-box"]:
            summary["activate_box_probe_answer"] = [status, answer]
    summary["probes"] = probes

    def lua_list(items):
        out = []
        for it in items:
            out.append("{" + ", ".join(f'{k} = {json.dumps(v)}' for k, v in it.items()) + "}")
        return "{\n  " + ",\n  ".join(out) + "\n}"

    keys = {c["b"]: c["k"] for c in pools["boxes"]}
    with open(a.lua, "w") as f:
        f.write("-- Written by bench/suite/prepare.py\nreturn {\n")
        f.write(f'app = [["user_code": {APP_USER}, "app_key": "{APP_KEY}"]],\n')
        f.write(f'user_code = "{APP_USER}", app_key = "{APP_KEY}", copa = {COPA}, password = "{PASSWORD}",\n')
        f.write(f'family = "{FAMILY}",\n')
        for name in ("readers", "emailers", "passworders", "modes", "boxes"):
            f.write(f"{name} = {lua_list(pools[name])},\n")
        f.write(f"shipments = {lua_list(shipments)},\n")
        f.write(f"pairs = {lua_list(pairs)},\n")
        f.write("keys = {" + ", ".join(f'[{b}] = "{k}"' for b, k in keys.items()) + "},\n")
        f.write("}\n")
    with open(a.json, "w") as f:
        json.dump(summary, f, indent=1)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
