#!/usr/bin/env python3
"""Seeds the benchmark organization over the public API, as a client would.

One organization with USD, one API product in one package, one published rate plan (UNIT metering,
one flat band: 0.01 USD per unit), then N prepaid developers, each with legal details, an app holding
the product, a reload and the accepted plan; plus a hot developer and the scale-check developers.
Writes apps.txt and developers.txt (one per line, in the same order) into the output directory.
"""
import argparse
import base64
import concurrent.futures
import datetime
import http.client
import json
import os
import sys
import threading
import time

ORG = "bench"
PRODUCT = "bench-product"
PACKAGE = "bench-package"
PLAN = "bench-plan"


class Client:
    """One keep-alive HTTP/1.1 connection per thread."""

    def __init__(self, host, port, user, password):
        self.host, self.port = host, port
        self.auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.local = threading.local()

    def call(self, method, path, body=None, expect=(200, 201), headers=None):
        for attempt in range(5):
            conn = getattr(self.local, "conn", None)
            if conn is None:
                conn = self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                h = {"Authorization": self.auth, "Content-Type": "application/json", "Accept": "application/json"}
                h.update(headers or {})
                conn.request(method, path, None if body is None else json.dumps(body), h)
                response = conn.getresponse()
                data = response.read()
            except (ConnectionError, http.client.HTTPException, OSError):
                conn.close()
                self.local.conn = None
                time.sleep(0.2 * (attempt + 1))
                continue
            if response.status not in expect:
                raise RuntimeError(f"{method} {path} -> {response.status}: {data[:500]!r}")
            return json.loads(data) if data else None
        raise RuntimeError(f"{method} {path}: no connection")


def mint(path):
    return f"/v1/mint/organizations/{ORG}{path}"


def catalog(api, plan_start):
    api.call("PUT", mint(""), {"name": "Benchmark organization", "timezone": "UTC", "currency": "USD"})
    api.call("POST", mint("/supported-currencies"), {
        "name": "USD", "displayName": "USD", "description": "US dollar", "organization": {"id": ORG},
        "status": "ACTIVE", "virtualCurrency": False})
    api.call("POST", f"/v1/organizations/{ORG}/apiproducts", {
        "name": PRODUCT, "displayName": PRODUCT, "description": "metered API", "approvalType": "auto",
        "attributes": []})
    api.call("POST", mint("/monetization-packages"), {
        "id": PACKAGE, "name": PACKAGE, "displayName": PACKAGE, "description": "benchmark package",
        "organization": {"id": ORG}, "product": [{"id": PRODUCT}], "status": "CREATED"})
    api.call("POST", mint(f"/monetization-packages/{PACKAGE}/rate-plans"), {
        "id": PLAN, "name": PLAN, "displayName": PLAN, "description": "0.01 USD per call", "type": "STANDARD",
        "published": True, "isPrivate": False, "startDate": plan_start,
        "currency": {"id": "usd"}, "monetizationPackage": {"id": PACKAGE}, "organization": {"id": ORG},
        "setUpFee": 0, "recurringFee": 0, "frequencyDuration": 1, "frequencyDurationType": "MONTH",
        "paymentDueDays": "30", "advance": False, "prorate": False,
        "ratePlanDetails": [{
            "type": "RATECARD", "meteringType": "UNIT", "ratingParameter": "VOLUME", "duration": 1,
            "durationType": "MONTH", "freemiumUnit": 0, "currency": {"id": "usd"}, "organization": {"id": ORG},
            "paymentDueDays": "30", "ratePlanRates": [{"type": "RATECARD", "startUnit": 0, "rate": 0.01}]}]})


def developer(api, email, amount, today):
    address = json.dumps({"address1": "1 Bench Road", "city": "London", "country": "UK", "isPrimary": "true",
                          "state": "London", "zip": "SW1A 1AA"})
    api.call("POST", f"/v1/organizations/{ORG}/developers", {
        "email": email, "firstName": "Bench", "lastName": "Developer", "userName": email.split("@")[0],
        "attributes": [{"name": "MINT_BILLING_TYPE", "value": "PREPAID"},
                       {"name": "MINT_DEVELOPER_LEGAL_NAME", "value": "Bench Developer Ltd"},
                       {"name": "MINT_DEVELOPER_ADDRESS", "value": address}]})
    app = api.call("POST", f"/v1/organizations/{ORG}/developers/{email}/apps", {
        "name": "app", "apiProducts": [PRODUCT], "callbackUrl": "http://example.com"})["appId"]
    api.call("POST", mint(f"/developers/{email}/developer-balances"),
             {"amount": amount, "supportedCurrency": {"id": "usd"}})
    api.call("POST", mint(f"/developers/{email}/developer-rateplans?waivefees=true"), {
        "developer": {"id": email}, "ratePlan": {"id": PLAN}, "startDate": today, "suppressWarning": "true",
        "waveTerminationCharge": "false"})
    return app


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--developers", type=int, default=10000)
    p.add_argument("--threads", type=int, default=8)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    host, port = a.url.split("//")[1].split(":")
    api = Client(host, int(port), a.user, a.password)
    today = datetime.datetime.now(datetime.timezone.utc).date()
    plan_start = (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1).isoformat() + " 00:00:00"
    started = time.time()
    catalog(api, plan_start)
    emails = [f"dev{i:05d}@bench.example" for i in range(a.developers)]
    special = {"hot@bench.example": 10_000_000, "scale-1k@bench.example": 1000, "scale-1m@bench.example": 1000}
    apps = {}
    with concurrent.futures.ThreadPoolExecutor(a.threads) as pool:
        jobs = {pool.submit(developer, api, e, 1000, today.isoformat()): e for e in emails}
        jobs.update({pool.submit(developer, api, e, amt, today.isoformat()): e for e, amt in special.items()})
        for n, job in enumerate(concurrent.futures.as_completed(jobs), 1):
            apps[jobs[job]] = job.result()
            if n % 1000 == 0:
                print(f"  seeded {n} developers ({time.time() - started:.0f} s)", file=sys.stderr, flush=True)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "developers.txt"), "w") as f:
        f.writelines(e + "\n" for e in emails)
    with open(os.path.join(a.out, "apps.txt"), "w") as f:
        f.writelines(apps[e] + "\n" for e in emails)
    with open(os.path.join(a.out, "special.json"), "w") as f:
        json.dump({e: apps[e] for e in special}, f)
    print(f"seeded {len(apps)} developers over the API in {time.time() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
