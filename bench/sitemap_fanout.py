"""Peak RSS of a jsonld crawl against a hostile sitemap index (issue 13.3), full size.

    python -m bench.sitemap_fanout                 # 50,000 children per level, default caps
    python -m bench.sitemap_fanout --fanout 5000 --max-sitemaps 500

The local mock server (tests/mockserver.py, ``sitemap_fanout``) answers every path under /fan/
with a sitemapindex naming ``fanout`` new child sitemaps one level down, for ever: before the
caps, such an index grew a crawl to 2.7 GB in 4 minutes with no end. The crawl runs in its own
process with the project's settings (HIMJOBS_SITEMAP_* caps at their defaults unless given);
its peak RSS is the kernel's ru_maxrss. Prints the machine, the input size and the figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._machine import describe  # noqa: E402

SITE = "https://careers.fanout.example"
SETTINGS: dict[str, Any] = {
    "HIMJOBS_ALLOW_PRIVATE_URLS": True,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "ITEM_PIPELINES": {},
    "LOG_LEVEL": "ERROR",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--fanout", type=int, default=50_000, help="child sitemaps per index")
    ap.add_argument("--max-sitemaps", type=int, help="HIMJOBS_SITEMAP_MAX_SITEMAPS")
    ap.add_argument("--max-depth", type=int, help="HIMJOBS_SITEMAP_MAX_DEPTH")
    args = ap.parse_args()
    settings = dict(SETTINGS)
    if args.max_sitemaps is not None:
        settings["HIMJOBS_SITEMAP_MAX_SITEMAPS"] = args.max_sitemaps
    if args.max_depth is not None:
        settings["HIMJOBS_SITEMAP_MAX_DEPTH"] = args.max_depth

    server = subprocess.Popen(
        [sys.executable, "-m", "tests.mockserver"], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert server.stdout is not None
    base = server.stdout.readline().strip()
    try:
        route = {
            "path_prefix": "/fan/",
            "fault": {"kind": "sitemap_fanout", "fanout": args.fanout, "site": SITE},
        }
        req = urllib.request.Request(
            f"{base}/__routes", data=json.dumps(route).encode(), method="POST"
        )
        urllib.request.urlopen(req, timeout=10).read()
        with urllib.request.urlopen(f"{base}/fan/root.xml", timeout=60) as r:
            index_bytes = len(r.read())
        with tempfile.TemporaryDirectory(prefix="himjobs-fanout-") as tmp:
            stats, wall, rss = _crawl(base, settings, Path(tmp))
    finally:
        server.terminate()
        server.wait(timeout=10)

    print(describe())
    print(
        f"input: sitemapindex of {args.fanout:,} new child sitemaps per level, for ever; "
        f"one index document = {index_bytes / 2**20:.1f} MiB"
    )
    from scrapers import settings as defaults

    caps = {
        k: settings.get(k, getattr(defaults, k))
        for k in (
            "HIMJOBS_SITEMAP_MAX_DEPTH",
            "HIMJOBS_SITEMAP_MAX_SITEMAPS",
            "HIMJOBS_SITEMAP_MAX_URLS",
        )
    }
    print("caps: " + ", ".join(f"{k} {v:,}" for k, v in caps.items()))
    bad = stats.get("himjobs/bad_page_list") or []
    print(
        f"finish_reason: {stats.get('finish_reason')}; sitemaps fetched: "
        f"{stats.get('himjobs/pages', 0):,}; bad pages: {stats.get('himjobs/bad_pages', 0)}"
    )
    for b in bad[:3]:
        print(f"  recorded: {b['reason']}")
    print(f"wall: {wall:.1f} s; peak RSS of the crawl process: {rss:.0f} MB")


def _crawl(base: str, settings: dict[str, Any], tmp: Path) -> tuple[dict[str, Any], float, float]:
    out = tmp / "report.json"
    cmd = [
        sys.executable,
        "-m",
        "scrapers._run",
        "jsonld",
        "--out",
        str(out),
        "--settings-json",
        json.dumps(settings),
        "--kwargs-json",
        json.dumps({"api_base": base, "boards": f"{SITE}/fan/root.xml"}),
    ]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError("crawl failed")
    report = json.loads(out.read_text(encoding="utf-8"))
    return report["stats"]["jsonld"], wall, usage.ru_maxrss / 1024  # KiB on Linux


if __name__ == "__main__":
    main()
