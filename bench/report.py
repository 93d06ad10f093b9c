#!/usr/bin/env python3
"""Summaries and the results file of bench/run.

  report.py pgbench-summary PREFIX   PREFIX.out and PREFIX.log* (pgbench -l) -> JSON like wrk's on stdout
  report.py report WORK OUT          WORK/meta.json and WORK/results/*.json -> OUT.md and OUT.png (or OUT.html)
"""
import glob
import html
import json
import os
import re
import sys

WORKLOADS = [
    # name, label, tool, ceiling
    ("ceiling-spread", "Ceiling: pgbench charge, spread over 10,000 balances", "pgbench", None),
    ("charges-spread", "POST /transactions, spread over 10,000 developers", "wrk", "ceiling-spread"),
    ("ceiling-hot", "Ceiling: pgbench charge, one hot balance", "pgbench", None),
    ("charges-hot", "POST /transactions, one hot developer", "wrk", "ceiling-hot"),
    ("balance-reads", "GET .../developer-balances, spread", "wrk", None),
    ("reloads-idempotent", "POST .../developer-balances (reload) with Idempotency-Key", "wrk", None),
]
SCALE = [
    ("scale-balance", "GET .../developer-balances"),
    ("scale-statement", "GET .../prepaid-developer-balance (monthly statement)"),
]


def percentile(sorted_values, p):
    if not sorted_values:
        return 0.0
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def pgbench_summary(prefix):
    out = open(prefix + ".out").read()
    latencies, failed = [], 0
    first = last = None
    for path in glob.glob(prefix + ".log*"):
        with open(path) as f:
            for line in f:
                parts = line.split()
                if len(parts) < 6:
                    continue
                if not parts[2].isdigit():
                    failed += 1
                    continue
                latencies.append(int(parts[2]) / 1000.0)
                end = int(parts[4]) * 1_000_000 + int(parts[5])
                first = end if first is None or end < first else first
                last = end if last is None or end > last else last
    latencies.sort()
    tps = float(re.search(r"tps = ([0-9.]+)", out).group(1))
    duration_us = int(round(len(latencies) / tps * 1_000_000)) if tps else 0
    mean = sum(latencies) / len(latencies) if latencies else 0.0
    print(json.dumps({
        "requests": len(latencies), "duration_us": duration_us, "tps": tps,
        "errors": {"connect": 0, "read": 0, "write": 0, "status": failed, "timeout": 0},
        "latency_ms": {"mean": mean, "p50": percentile(latencies, 50), "p90": percentile(latencies, 90),
                       "p95": percentile(latencies, 95), "p99": percentile(latencies, 99),
                       "max": latencies[-1] if latencies else 0.0}}))


def load(work, name):
    path = os.path.join(work, "results", name + ".json")
    if not os.path.exists(path):
        return None
    r = json.load(open(path))
    r["rate"] = r.get("tps") or (r["requests"] / (r["duration_us"] / 1e6) if r["duration_us"] else 0.0)
    r["error_count"] = sum(r["errors"].values())
    load_path = os.path.join(work, "results", name + ".load")
    r["load"] = open(load_path).read().strip() if os.path.exists(load_path) else "?"
    return r


def verdict(ok):
    return "met" if ok else "**missed**"


def report(work, out):
    meta = json.load(open(os.path.join(work, "meta.json")))
    results = {name: load(work, name) for name, *_ in WORKLOADS}
    scale = {f"{n}-{s}": load(work, f"{n}-{s}") for n, _ in SCALE for s in ("1k", "1m")}
    lines = []
    w = lines.append
    w(f"# OpenMint benchmark, {meta['date']}")
    w("")
    w(f"Run `{meta['run_id']}` of `bench/run` on commit `{meta['git_commit']}`.")
    w("")
    w("## Machine and settings")
    w("")
    w(f"- Machine: {meta['cores']} cores ({meta['cpu_model']}), {meta['memory_kb'] / 1024 / 1024:.1f} GiB memory, "
      f"Linux {meta['kernel']}; load generator (wrk, pgbench), service and PostgreSQL all on this machine.")
    w(f"- Load average (1, 5, 15 min) before the run: {meta['load_at_start'].split()[0:3]}; waited "
      f"{meta['waited_for_quiet_s']} s for it to drop to 1.0 or less. Per workload in the table below "
      "(our own previous workload is part of it).")
    w(f"- Java: {meta['java']}; options `{meta['java_opts']}`, run from the extracted jar with `-XX:SharedArchiveFile` "
      "(class data sharing archive written by a training run of the same jar).")
    w(f"- PostgreSQL {meta['postgres_version']} ({meta['database']}): {meta['postgres_settings']}.")
    w(f"- Service: Hikari maximum-pool-size {meta['hikari_pool']}, Tomcat threads.max {meta['tomcat_threads']} "
      "(application.properties).")
    w(f"- Load: wrk 1 thread, {meta['connections']} connections (keep-alive, HTTP Basic); pgbench "
      f"`-M prepared -j 2 -c {meta['connections']}`, script `bench/pgbench/charge.sql`. Each workload: "
      f"{meta['warmup_s']} s warm-up, then {meta['duration_s']} s measured.")
    w(f"- Data: {meta['developers']:,} prepaid developers, each with an app, a reload of 1,000 USD and the accepted "
      f"UNIT plan at 0.01 USD per call: {meta['api_developers']:,} seeded over the API, the rest cloned row for row "
      f"from the first with `bench/clone.sql` ({meta['seed_seconds']} s in all); one hot developer and two "
      "scale-check developers over the API.")
    w("")
    w("## Results")
    w("")
    w("| Workload | Tool | Throughput (req/s) | p50 ms | p95 ms | p99 ms | max ms | Errors | vs ceiling | Load avg before |")
    w("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for name, label, tool, ceiling in WORKLOADS:
        r = results[name]
        if r is None:
            w(f"| {label} | {tool} | not run | | | | | | | |")
            continue
        ratio = ""
        if ceiling and results.get(ceiling):
            ratio = f"{r['rate'] / results[ceiling]['rate']:.2f}x"
        lat = r["latency_ms"]
        w(f"| {label} | {tool} | {r['rate']:,.0f} | {lat['p50']:.2f} | {lat['p95']:.2f} | {lat['p99']:.2f} | "
          f"{lat['max']:.1f} | {r['error_count']} of {r['requests']:,} | {ratio} | {r['load']} |")
    w("")
    # Little's law: in a closed loop the mean latency is the connections over the throughput. wrk's mean is
    # above that when it corrects for coordinated omission (stats_correct in wrk.c): for every response slower
    # than a connection's mean interval it adds the samples the requests it could not send would have had, so
    # one stall on every connection becomes many slow samples.
    for name, label, tool, ceiling in WORKLOADS:
        r = results[name]
        if r is None or not r.get("rate"):
            continue
        expected = meta["connections"] / r["rate"] * 1000
        if r["latency_ms"]["mean"] > 1.5 * expected:
            w(f"- Consistency check, {label}: {tool}'s mean latency is {r['latency_ms']['mean']:.2f} ms, but "
              f"{meta['connections']} connections at {r['rate']:,.0f} req/s make a mean of {expected:.2f} ms (Little's "
              "law): its coordinated-omission correction added samples for requests held back by slow responses, "
              "which means the service stalled at least once (see its max).")
    ledger = meta["ledger_check"].split()
    w(f"- Ledger check after the run (LedgerAssertions' rules over every balance of the organization): "
      f"{ledger[0]} balances, **{ledger[1]} broken**, {int(ledger[2]):,} ledger rows, {int(ledger[3]):,} transactions.")
    w(f"- Peak RSS of the service (VmHWM of the JVM, whole run including the scale check): "
      f"**{meta['rss_kb'] / 1024:.0f} MB**.")
    plain = meta.get("startup_plain_ms")
    plain_text = (f"; as plain `java -jar` of the built jar, without the archive: {plain / 1000:.1f} s"
                  if plain else "")
    w(f"- Start-up, a new embedded PostgreSQL included (launch to `/actuator/health` UP), extracted jar with its "
      f"class data sharing archive: **{meta['startup_ms'] / 1000:.1f} s** (Spring reports {meta['started_log']} s)"
      f"{plain_text}.")
    w("")
    w(f"### Scale check: latency with 1,000 and {meta['scale_rows']:,} ledger rows for the developer")
    w("")
    w(f"One connection, {meta['scale_duration_s']} s each, after 3 s warm-up. Rows are CHARGE entries added "
      "with SQL after the developer's reload, the balance's usage raised by their sum (ledger invariant kept).")
    w("")
    w("| Request | 1,000 rows p50 / p99 ms | 1,000,000 rows p50 / p99 ms | Ratio p50 / p99 |")
    w("|---|---:|---:|---:|")
    scale_ok = True
    for n, label in SCALE:
        a, b = scale[f"{n}-1k"], scale[f"{n}-1m"]
        if not a or not b:
            w(f"| {label} | not run | | |")
            scale_ok = False
            continue
        r50 = b["latency_ms"]["p50"] / a["latency_ms"]["p50"]
        r99 = b["latency_ms"]["p99"] / a["latency_ms"]["p99"]
        scale_ok = scale_ok and r50 <= 1.5
        w(f"| {label} | {a['latency_ms']['p50']:.2f} / {a['latency_ms']['p99']:.2f} | "
          f"{b['latency_ms']['p50']:.2f} / {b['latency_ms']['p99']:.2f} | {r50:.2f}x / {r99:.2f}x |")
    w("")
    w("## Targets")
    w("")
    w("| Target | Measured | Verdict |")
    w("|---|---|---|")

    def ratio_row(name, ceiling, label):
        r, c = results.get(name), results.get(ceiling)
        if r and c:
            x = r["rate"] / c["rate"]
            by = "" if x >= 0.5 else f" (short by {0.5 - x:.2f}x, {c['rate'] * 0.5 - r['rate']:,.0f} req/s)"
            w(f"| {label} | {x:.2f}x ({r['rate']:,.0f} / {c['rate']:,.0f}){by} | {verdict(x >= 0.5)} |")

    ratio_row("charges-spread", "ceiling-spread", "Spread charges ≥ 0.5x their pgbench ceiling (aim 1.0x)")
    ratio_row("charges-hot", "ceiling-hot", "Hot-balance charges ≥ 0.5x their pgbench ceiling")
    for name, limit in (("charges-spread", 25), ("charges-hot", 25), ("balance-reads", 10)):
        r = results.get(name)
        if r:
            p99 = r["latency_ms"]["p99"]
            by = "" if p99 < limit else f" ({p99 - limit:.1f} ms over)"
            w(f"| p99 of {name} < {limit} ms | {p99:.2f} ms{by} | {verdict(p99 < limit)} |")
    w(f"| Balance read and statement at 1,000,000 rows within 1.5x of 1,000 (p50) | see scale table | "
      f"{verdict(scale_ok)} |")
    w(f"| Peak RSS under load < 512 MB | {meta['rss_kb'] / 1024:.0f} MB | {verdict(meta['rss_kb'] < 512 * 1024)} |")
    w(f"| Start-up < 10 s, embedded database included | {meta['startup_ms'] / 1000:.1f} s with the CDS archive"
      f"{f' ({plain / 1000:.1f} s as java -jar)' if plain else ''} | "
      f"{verdict(meta['startup_ms'] < 10000)} |")
    w(f"| Every 2xx durable, ledger invariant holds | synchronous_commit on, {ledger[1]} broken balances | "
      f"{verdict(ledger[1] == '0')} |")
    w("")
    analysis = os.path.join(os.path.dirname(os.path.abspath(__file__)), "analysis.md")
    if os.path.exists(analysis):
        w(open(analysis).read().rstrip())
        w("")
    chart = write_chart(results, out)
    w(f"Chart: [{os.path.basename(chart)}]({os.path.basename(chart)})")
    w("")
    open(out + ".md", "w").write("\n".join(lines))


def write_chart(results, out):
    names = [(n, l) for n, l, *_ in WORKLOADS if results.get(n)]
    short = [n for n, _ in names]
    rates = [results[n]["rate"] for n in short]
    pcts = {p: [results[n]["latency_ms"][p] for n in short] for p in ("p50", "p95", "p99")}
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return write_svg_chart(short, rates, pcts, out)
    fig, (a, b) = plt.subplots(1, 2, figsize=(13, 5))
    colors = ["#888888" if n.startswith("ceiling") else "#2a7ab9" for n in short]
    a.bar(short, rates, color=colors)
    a.set_title("Throughput (req/s; grey = pgbench ceiling)")
    a.tick_params(axis="x", rotation=30)
    for i, v in enumerate(rates):
        a.text(i, v, f"{v:,.0f}", ha="center", va="bottom", fontsize=8)
    width = 0.27
    for k, (p, values) in enumerate(pcts.items()):
        b.bar([i + (k - 1) * width for i in range(len(short))], values, width, label=p)
    b.set_xticks(range(len(short)))
    b.set_xticklabels(short, rotation=30)
    b.set_yscale("log")
    b.set_ylabel("ms (log scale)")
    b.set_title("Latency percentiles")
    b.legend()
    fig.tight_layout()
    fig.savefig(out + ".png", dpi=90)
    return out + ".png"


def write_svg_chart(short, rates, pcts, out):
    width, height, pad = 900, 320, 40
    bar = (width - 2 * pad) / max(1, len(short))
    top = max(rates) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 60}">']
    for i, (n, v) in enumerate(zip(short, rates)):
        h = (height - 2 * pad) * v / top
        x = pad + i * bar
        parts.append(f'<rect x="{x + 5:.0f}" y="{height - pad - h:.0f}" width="{bar - 10:.0f}" height="{h:.0f}" '
                     f'fill="{"#888" if n.startswith("ceiling") else "#2a7ab9"}"/>')
        parts.append(f'<text x="{x + bar / 2:.0f}" y="{height - pad - h - 4:.0f}" font-size="11" '
                     f'text-anchor="middle">{v:,.0f}/s</text>')
        label = html.escape(n) + " p50/p95/p99 " + "/".join(f"{pcts[p][i]:.1f}" for p in pcts) + " ms"
        parts.append(f'<text x="{x + bar / 2:.0f}" y="{height - pad + 14 + (i % 2) * 14}" font-size="10" '
                     f'text-anchor="middle">{label}</text>')
    parts.append("</svg>")
    open(out + ".html", "w").write("<html><body><h1>OpenMint benchmark</h1>" + "".join(parts) + "</body></html>")
    return out + ".html"


if __name__ == "__main__":
    if sys.argv[1] == "pgbench-summary":
        pgbench_summary(sys.argv[2])
    else:
        report(sys.argv[2], sys.argv[3])
