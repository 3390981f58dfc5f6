"""Run spiders programmatically through the real Scrapy engine and get a report back.

The Twisted reactor cannot be restarted in one process, so there are three ways in:
``crawl_here()`` starts and stops the reactor (once per process: the CLI and ``python -m
scrapers._run`` use it); ``crawl_in_reactor()`` crawls inside a reactor that is already running
(the test suite runs every engine test in one reactor per process that way); ``crawl()`` runs
each crawl in a fresh ``python -m scrapers._run`` subprocess and reads its JSON report.

    report = crawl(["lever"], settings_overrides={"HIMJOBS_ALLOW_PRIVATE_URLS": True},
                   spider_kwargs={"api_base": "http://127.0.0.1:8080", "boards": "acme"})
    report.stats["lever"]["finish_reason"], len(report.items["lever"])

A spider that cannot be created (bad arguments, missing credentials) does not stop the others:
its one-line reason is in ``report.errors`` and its stats say ``finish_reason: "not started"``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scrapy.crawler import Crawler, CrawlerRunner
    from scrapy.settings import Settings
    from twisted.internet.defer import Deferred
    from twisted.python.failure import Failure


#: finish_reason of a spider that could not be created or opened (bad arguments, no credentials)
NOT_STARTED = "not started"


@dataclass
class CrawlReport:
    """Per spider: its final crawler stats (JSON-safe), the items it yielded (as dicts) and, for a
    spider that could not start or broke the engine, a one-line reason in ``errors``."""

    stats: dict[str, dict[str, Any]] = field(default_factory=dict)
    items: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        payload = {"stats": self.stats, "items": self.items, "errors": self.errors}
        return json.dumps(payload, default=str)

    @classmethod
    def from_json(cls, text: str) -> CrawlReport:
        data = json.loads(text)
        return cls(stats=data["stats"], items=data["items"], errors=data.get("errors", {}))


def one_line(exc: BaseException) -> str:
    """An exception as one short line (its message, else its class name).

    >>> one_line(ValueError("since must be a date,   not 'soon' "))
    "since must be a date, not 'soon'"
    >>> one_line(KeyError())
    'KeyError'
    """
    return " ".join(str(exc).split())[:500] or type(exc).__name__


def project_settings(overrides: Mapping[str, Any] | None = None) -> Settings:
    """scrapers.settings with ``overrides`` on top (at command-line priority)."""
    from scrapy.utils.project import get_project_settings

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "scrapers.settings")
    settings = get_project_settings()
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def crawl_here(
    spider_names: Sequence[str],
    *,
    settings_overrides: Mapping[str, Any] | None = None,
    spider_kwargs: Mapping[str, Any] | None = None,
    collect_items: bool = True,
    on_crawler: Callable[[str, Crawler], None] | None = None,
) -> CrawlReport:
    """Crawl in this process with CrawlerProcess (only once per process).

    ``collect_items=False`` keeps no items in memory (the report's item lists stay empty);
    ``on_crawler(name, crawler)`` is called for each crawler before it starts (to connect signals).
    """
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.reactor import install_reactor

    settings = project_settings(settings_overrides)
    if settings.getbool("TWISTED_REACTOR_ENABLED", True) and settings.get("TWISTED_REACTOR"):
        # Scrapy installs the reactor while starting the FIRST crawler, after creating its spider:
        # a first spider that cannot be created would leave none, and every other crawl would
        # then fail with "expected a Twisted reactor". Installed up front, it is there for all.
        install_reactor(settings["TWISTED_REACTOR"], settings.get("ASYNCIO_EVENT_LOOP"))
    process = CrawlerProcess(settings)
    report, crawlers, _ = _start(process, spider_names, spider_kwargs, collect_items, on_crawler)
    process.start()
    return _finish(report, crawlers)


def crawl_in_reactor(
    spider_names: Sequence[str],
    *,
    settings_overrides: Mapping[str, Any] | None = None,
    spider_kwargs: Mapping[str, Any] | None = None,
    collect_items: bool = True,
    on_crawler: Callable[[str, Crawler], None] | None = None,
) -> Deferred[CrawlReport]:
    """The same crawl and report as ``crawl_here``, inside a reactor that is already running
    (CrawlerRunner): many crawls can share one process. Call it from the reactor's thread."""
    from scrapy.crawler import CrawlerRunner
    from twisted.internet.defer import DeferredList

    runner = CrawlerRunner(project_settings(settings_overrides))
    report, crawlers, done = _start(runner, spider_names, spider_kwargs, collect_items, on_crawler)
    finished: Deferred[Any] = DeferredList(done, consumeErrors=True)
    return finished.addCallback(lambda _: _finish(report, crawlers))


def _start(
    runner: CrawlerRunner,
    spider_names: Sequence[str],
    spider_kwargs: Mapping[str, Any] | None,
    collect_items: bool,
    on_crawler: Callable[[str, Crawler], None] | None,
) -> tuple[CrawlReport, list[tuple[str, Crawler]], list[Deferred[Any]]]:
    """Create and start one crawler per spider on ``runner``; their items go to the report."""
    from scrapy import signals

    report = CrawlReport()
    crawlers = []
    done = []
    for name in spider_names:
        crawler = runner.create_crawler(name)
        if len(spider_names) > 1:
            _own_jobdir(crawler, name)
        items: list[dict[str, Any]] = []
        report.items[name] = items

        def _on_item(item: Any, items: list[dict[str, Any]] = items) -> None:
            dump = getattr(item, "model_dump", None)
            items.append(dump(mode="json") if dump else dict(item))

        if collect_items:
            # weak=False: signals hold weak references by default, and nothing else keeps this
            # closure alive (only the last spider's would have survived the loop).
            crawler.signals.connect(_on_item, signal=signals.item_scraped, weak=False)
        if on_crawler is not None:
            on_crawler(name, crawler)
        crawlers.append((name, crawler))
        started = runner.crawl(crawler, **dict(spider_kwargs or {}))
        # A spider that raises while being created (bad arguments, missing credentials) fails
        # only its own crawl: the error is kept for the caller instead of an unhandled Deferred
        # traceback, and the other spiders run on.
        done.append(started.addErrback(_keep_error, name, report.errors))
    return report, crawlers, done


def _own_jobdir(crawler: Crawler, name: str) -> None:
    """A JOBDIR is one spider's job (Scrapy's docs: never shared by spiders): with several
    spiders in one crawl each gets its own folder in it, JOBDIR/<name> (docs/deployment.md)."""
    jobdir = crawler.settings.get("JOBDIR")
    if jobdir:
        # one above the runner's priority: runner.crawl merges the runner's settings into the
        # crawler's again, and an equal priority would put the shared folder back
        above = (crawler.settings.getpriority("JOBDIR") or 0) + 1
        crawler.settings.set("JOBDIR", str(Path(jobdir, name)), priority=above)


def _finish(report: CrawlReport, crawlers: list[tuple[str, Crawler]]) -> CrawlReport:
    """Each crawler's final stats into the report (a spider that never started: NOT_STARTED)."""
    for name, crawler in crawlers:
        # Crawler.stats raises until the crawl has started; _stats is None then.
        collector = getattr(crawler, "_stats", None)
        stats = collector.get_stats() if collector is not None else {}
        if name in report.errors:
            stats = {"finish_reason": NOT_STARTED, **stats, "himjobs/error": report.errors[name]}
        report.stats[name] = json.loads(json.dumps(stats, default=str))
    return report


def _keep_error(failure: Failure, name: str, errors: dict[str, str]) -> None:
    errors[name] = one_line(failure.value) if failure.value is not None else "failed"


def command(
    spider_names: Sequence[str],
    *,
    out: Path,
    settings: Mapping[str, Any] | None = None,
    kwargs: Mapping[str, Any] | None = None,
) -> list[str]:
    """The command line of a ``python -m scrapers._run`` crawl writing its report to ``out``."""
    return [
        sys.executable,
        "-m",
        "scrapers._run",
        *spider_names,
        "--out",
        str(out),
        "--settings-json",
        json.dumps(dict(settings or {})),
        "--kwargs-json",
        json.dumps(dict(kwargs or {})),
    ]


def child_env() -> dict[str, str]:
    """This environment with the project on PYTHONPATH, for a crawl's own process."""
    root = Path(__file__).resolve().parents[1]
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]),
    }


def crawl(
    spider_names: Sequence[str],
    *,
    settings_overrides: Mapping[str, Any] | None = None,
    spider_kwargs: Mapping[str, Any] | None = None,
    timeout: float = 300,
) -> CrawlReport:
    """Crawl in a fresh subprocess (safe to call many times) and return its report."""
    with tempfile.TemporaryDirectory(prefix="himjobs-crawl-") as tmp:
        out = Path(tmp) / "report.json"
        cmd = command(spider_names, out=out, settings=settings_overrides, kwargs=spider_kwargs)
        root = Path(__file__).resolve().parents[1]
        env = child_env()
        proc = subprocess.run(
            cmd, cwd=root, env=env, capture_output=True, text=True, timeout=timeout
        )
        if proc.returncode != 0 or not out.exists():
            raise RuntimeError(f"crawl failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}")
        return CrawlReport.from_json(out.read_text(encoding="utf-8"))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m scrapers._run", description=__doc__)
    ap.add_argument("spiders", nargs="+")
    ap.add_argument("--out", required=True, help="where to write the JSON report")
    ap.add_argument("--settings-json", default="{}", help="settings overrides as a JSON object")
    ap.add_argument("--kwargs-json", default="{}", help="spider arguments as a JSON object")
    args = ap.parse_args(argv)
    report = crawl_here(
        args.spiders,
        settings_overrides=json.loads(args.settings_json),
        spider_kwargs=json.loads(args.kwargs_json),
    )
    Path(args.out).write_text(report.to_json(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
