"""Crawl benchmark: `scrapy bench` pages/s beside our spiders' postings/s end to end.

    python -m bench.crawl                          # all figures, default sizes
    python -m bench.crawl --jsonld 3000 --lever 100000 --greenhouse 20000

In one run on one machine it prints:

1. `scrapy bench` pages/s (Scrapy's own follow-links spider against its own local server);
2. the JSON-LD spider's postings/s through the full pipeline (relevance, extract, SQLite) against
   a local server of generated JSON-LD career pages (one posting a page), and the ratio to (1);
3. the Lever and Greenhouse spiders' postings/s end to end (API pages -> SQLite);
4. the peak RSS of the crawl process (kernel's ru_maxrss) for the biggest crawl (100,000 postings).

Pages are generated with the demo's wire-format writers (himjobs._demo_data: text written by us)
and served by a Twisted server in its own process, like Scrapy's bench server. Our crawls use
Scrapy's default concurrency (16 requests, 8 per host), no delays, as `scrapy bench` does.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._machine import describe  # noqa: E402

#: Scrapy's defaults (what `scrapy bench` runs with) instead of our polite production settings.
BENCH_SETTINGS: dict[str, Any] = {
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "HIMJOBS_ALLOW_PRIVATE_URLS": True,
    "HIMJOBS_MAX_PAGES": 100_000,
    "LOG_LEVEL": "WARNING",
}


# --- data --------------------------------------------------------------------------------------


def _boards(
    writer_fn: Any,
    out: Path,
    total: int,
    per_board: int,
    seed: int,
    start: int,
    rename: dict[str, str],
) -> list[dict[str, Any]]:
    """Write ``total`` postings with ``writer_fn`` as boards of ``per_board``; each board in its
    own folder, its routes' paths renamed (the demo writers use fixed board names)."""
    from himjobs._demo_data import Writer, make_spec

    rng = random.Random(seed)
    routes: list[dict[str, Any]] = []
    for b, first in enumerate(range(0, total, per_board)):
        folder = f"{writer_fn.__name__}-{b}"
        w = Writer(out / folder)
        count = min(per_board, total - first)
        writer_fn(w, [make_spec(rng, start + first + k) for k in range(count)])
        for r in w.routes:
            r["file"] = f"{folder}/{r['file']}"
            for old, new in rename.items():
                r["path"] = r["path"].replace(old, f"{new}{b}")
            routes.append(r)
    return routes


def generate(out: Path, *, jsonld: int, lever: int, greenhouse: int) -> dict[str, list[str]]:
    """Write the served folder (files + routes.json); returns each source's board list."""
    from himjobs._demo_data import GREENHOUSE_BOARDS, write_greenhouse, write_jsonld, write_lever

    routes: list[dict[str, Any]] = []
    boards: dict[str, list[str]] = {}
    if jsonld:
        routes += _boards(write_jsonld, out, jsonld, jsonld, 1, 100_000, {})
        boards["jsonld"] = ["{base}"]
    if lever:
        per = 10_000  # 100 pages of 100 a board: boards page in parallel, as on a real crawl
        routes += _boards(write_lever, out, lever, per, 2, 200_000, {"harborpointmedical": "lv"})
        boards["lever"] = [f"lv{b}" for b in range((lever + per - 1) // per)]
    if greenhouse:
        per = 2_000  # 4 boards of 500: Greenhouse sends a whole board in one response (~1.5 MB)
        tokens = list(GREENHOUSE_BOARDS)
        rename = {t: f"gh{i}x" for i, t in enumerate(tokens)}
        routes += _boards(write_greenhouse, out, greenhouse, per, 3, 400_000, rename)
        boards["greenhouse"] = sorted(
            {r["path"].split("/")[3] for r in routes if r["path"].startswith("/v1/boards/")}
        )
    (out / "routes.json").write_text(json.dumps(routes), encoding="utf-8")
    return boards


# --- server ------------------------------------------------------------------------------------


def serve(folder: Path) -> None:
    """Serve ``folder``'s routes with Twisted (bodies cached in memory); print the URL first."""
    from twisted.internet import reactor
    from twisted.web import resource, server

    from himjobs._replay import Routes, fill

    routes = Routes(folder)
    cache: dict[str, bytes] = {}
    base = ""

    class Root(resource.Resource):
        isLeaf = True

        def render(self, request: Any) -> bytes:
            path = request.path.decode()
            query = {k.decode(): v[0].decode() for k, v in request.args.items()}
            method = request.method.decode()
            route = routes.find("GET" if method == "HEAD" else method, path, query, None)
            if route is None:
                request.setResponseCode(404)
                return b'{"ok":false}'
            body = cache.get(route["file"])
            if body is None:
                body = fill((folder / route["file"]).read_bytes(), base=base)
                cache[route["file"]] = body
            request.setHeader(b"Content-Type", route.get("content_type", "application/json"))
            return body

    port = reactor.listenTCP(0, server.Site(Root()), interface="127.0.0.1")  # type: ignore[attr-defined]
    base = f"http://127.0.0.1:{port.getHost().port}"
    print(base, flush=True)
    reactor.run()  # type: ignore[attr-defined]


# --- runs --------------------------------------------------------------------------------------


def scrapy_bench(tmp: Path) -> float:
    """pages/s of `scrapy bench` (10 s, Scrapy's defaults: run outside any project)."""
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "bench", "-s", "LOG_LEVEL=INFO"],
        cwd=tmp,
        capture_output=True,
        text=True,
        timeout=300,
    )
    log = proc.stderr
    pages = int(re.findall(r"'response_received_count': (\d+)", log)[-1])
    elapsed = float(re.findall(r"'elapsed_time_seconds': ([\d.]+)", log)[-1])
    return pages / elapsed


def crawl(spider: str, base: str, boards: list[str], db: Path, tmp: Path) -> dict[str, Any]:
    """One crawl in a fresh process (`--worker`); its stats, wall time and peak RSS (MB)."""
    out = tmp / f"{spider}-stats.json"
    settings = {**BENCH_SETTINGS, "HIMJOBS_DATABASE_URL": f"sqlite:///{db}"}
    kwargs = {"api_base": base, "boards": ",".join(b.replace("{base}", base) for b in boards)}
    if spider == "jsonld":
        kwargs.pop("api_base")
    cmd = [
        sys.executable,
        "-m",
        "bench.crawl",
        "--worker",
        spider,
        "--out",
        str(out),
        "--settings-json",
        json.dumps(settings),
        "--kwargs-json",
        json.dumps(kwargs),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{spider} crawl failed (exit {proc.returncode})")
    stats: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    stats["wall"] = wall
    stats["peak_rss_mb"] = usage.ru_maxrss / 1024  # KiB on Linux
    stats["cpu"] = usage.ru_utime + usage.ru_stime
    return stats


def worker(spider: str, out: Path, settings: dict[str, Any], kwargs: dict[str, Any]) -> None:
    from scrapers import crawl_here

    report = crawl_here(
        [spider], settings_overrides=settings, spider_kwargs=kwargs, collect_items=False
    )
    out.write_text(json.dumps(report.stats[spider], default=str), encoding="utf-8")


def line(name: str, s: dict[str, Any]) -> str:
    seen, elapsed = int(s.get("himjobs/seen") or 0), float(s["elapsed_time_seconds"])
    return (
        f"{name:<11} {seen:>7} postings ({int(s.get('himjobs/stored') or 0)} stored) in "
        f"{elapsed:6.1f} s = {seen / elapsed:7.0f} postings/s  "
        f"[{int(s.get('response_received_count') or 0) / elapsed:.0f} pages/s, "
        f"{s.get('finish_reason')}, {s.get('himjobs/outcome')}, "
        f"process {s['wall']:.1f} s wall / {s['cpu']:.1f} s CPU = {seen / s['cpu']:.0f} "
        f"postings per CPU-s, peak RSS {s['peak_rss_mb']:.0f} MB]"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--jsonld", type=int, default=3_000, help="JSON-LD pages (one posting each)")
    ap.add_argument("--lever", type=int, default=100_000, help="Lever postings")
    ap.add_argument("--greenhouse", type=int, default=20_000, help="Greenhouse postings")
    ap.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--settings-json", default="{}", help=argparse.SUPPRESS)
    ap.add_argument("--kwargs-json", default="{}", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.serve:
        serve(args.serve)
        return 0
    if args.worker:
        worker(args.worker, args.out, json.loads(args.settings_json), json.loads(args.kwargs_json))
        return 0

    print(describe())
    with tempfile.TemporaryDirectory(prefix="himjobs-bench-crawl-") as name:
        tmp = Path(name)
        data = tmp / "site"
        t = time.perf_counter()
        boards = generate(data, jsonld=args.jsonld, lever=args.lever, greenhouse=args.greenhouse)
        files = sum(1 for _ in data.rglob("*.*"))
        print(f"generated {files} files in {time.perf_counter() - t:.0f} s")
        bench = scrapy_bench(tmp)
        print(f"scrapy bench  {bench:7.0f} pages/s")
        srv = subprocess.Popen(
            [sys.executable, "-m", "bench.crawl", "--serve", str(data)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert srv.stdout is not None
            base = srv.stdout.readline().strip()
            results = {}
            for spider in ("jsonld", "greenhouse", "lever"):
                if spider in boards:
                    db = tmp / f"{spider}.db"
                    results[spider] = crawl(spider, base, boards[spider], db, tmp)
                    print(line(spider, results[spider]), flush=True)
        finally:
            srv.terminate()
            srv.wait(timeout=30)
    if "jsonld" in results:
        s = results["jsonld"]
        rate = int(s.get("himjobs/seen") or 0) / float(s["elapsed_time_seconds"])
        print(f"JSON-LD / scrapy bench = {rate / bench:.2f} (target >= 0.75)")
    for spider in ("greenhouse", "lever"):
        if spider in results:
            s = results[spider]
            rate = int(s.get("himjobs/seen") or 0) / float(s["elapsed_time_seconds"])
            print(f"{spider}: {rate:.0f} postings/s (target >= 500)")
    biggest = max(results.values(), key=lambda s: int(s.get("himjobs/seen") or 0), default=None)
    if biggest is not None:
        print(
            f"peak RSS, {int(biggest.get('himjobs/seen') or 0)} postings: "
            f"{biggest['peak_rss_mb']:.0f} MB (target < 300 MB for 100,000)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
