"""Run spiders through the real engine, in this process, against the mock server.

Every crawl of a test process shares one Twisted reactor (the asyncio one, as in production),
started on first use in a daemon thread and never stopped: a reactor cannot be restarted, and a
new Python process per crawl cost most of the suite's time. The crawl itself is
``scrapers._run.crawl_in_reactor`` (CrawlerRunner), which builds the same report as the CLI's
``crawl_here``. The reactor has its own thread, so no test sees its running event loop.

Tests of a whole process (the CLI, kill -9, scrapy-redis workers, scrapyd) still start one.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import Any

from scrapers._run import CrawlReport, crawl_in_reactor, one_line, project_settings

#: Settings for tests: the mock server is on 127.0.0.1; no politeness delays; short backoff.
TEST_SETTINGS: dict[str, Any] = {
    "HIMJOBS_ALLOW_PRIVATE_URLS": True,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "HIMJOBS_RETRY_BACKOFF_BASE": 0.05,
    "HIMJOBS_RETRY_BACKOFF_MAX": 2.0,
    "RETRY_TIMES": 3,
    "DOWNLOAD_TIMEOUT": 10,
    "LOG_LEVEL": "WARNING",
    "SPIDER_MODULES": ["scrapers.spiders", "tests.scrapers._spiders"],
    # Spider tests look at the items; pipeline tests (test_pipeline_engine.py) turn it on.
    "ITEM_PIPELINES": {},
}

#: Seconds one crawl may take before the test fails (the subprocess runner's limit).
CRAWL_TIMEOUT = 300

_lock = threading.Lock()
_reactor: Any = None
_thread: threading.Thread | None = None


def _running_reactor() -> Any:
    """The process's reactor, installed and started in a daemon thread on first use."""
    global _reactor, _thread
    with _lock:
        if _reactor is None:
            ready = threading.Event()
            failed: list[BaseException] = []

            def serve() -> None:
                try:
                    from scrapy.utils.reactor import install_reactor

                    settings = project_settings()
                    # Installed in this thread, so the asyncio loop belongs to this thread only.
                    install_reactor(settings["TWISTED_REACTOR"], settings["ASYNCIO_EVENT_LOOP"])
                    from twisted.internet import reactor

                    reactor.callWhenRunning(ready.set)
                except BaseException as exc:  # reported to the waiting test below
                    failed.append(exc)
                    ready.set()
                    return
                reactor.run(installSignalHandlers=False)

            _thread = threading.Thread(target=serve, name="twisted-reactor", daemon=True)
            _thread.start()
            ready.wait(60)
            if failed:
                raise failed[0]
            from twisted.internet import reactor

            _reactor = reactor
        return _reactor


def stop_reactor() -> None:
    """Stop the reactor, if a crawl started it (at the end of the session: its thread pool's
    threads would otherwise keep the process alive)."""
    if _reactor is not None and _thread is not None and _reactor.running:
        _reactor.callFromThread(_reactor.stop)
        _thread.join(30)


class Running:
    """A crawl started in the process's reactor (``start``); ``wait()`` returns its report."""

    def __init__(self, spider_names: Sequence[str]) -> None:
        self.spider_names = list(spider_names)
        self._done = threading.Event()
        self._outcome: dict[str, Any] = {}

    def _set(self, key: str, value: Any) -> None:
        self._outcome[key] = value
        self._done.set()

    def wait(self, timeout: float = CRAWL_TIMEOUT) -> CrawlReport:
        """The crawl's report once it has finished; RuntimeError if it failed or timed out."""
        if not self._done.wait(timeout):
            names = ", ".join(self.spider_names)
            raise RuntimeError(f"crawl of {names} still running after {timeout} s")
        if "error" in self._outcome:
            error: BaseException = self._outcome["error"]
            raise RuntimeError(f"crawl failed: {one_line(error)}") from error
        # Through JSON, as from the subprocess runner: the same types whichever way it ran.
        return CrawlReport.from_json(self._outcome["report"].to_json())


def start(
    spider_names: Sequence[str],
    *,
    settings_overrides: Mapping[str, Any] | None = None,
    spider_kwargs: Mapping[str, Any] | None = None,
) -> Running:
    """Start a crawl in this process's reactor and return at once: crawls started one after
    the other run at the same time, each with its own crawlers, settings and connections (as
    workers of a shared Redis crawl do)."""
    reactor = _running_reactor()
    running = Running(spider_names)

    def begin() -> None:
        try:
            d = crawl_in_reactor(
                spider_names, settings_overrides=settings_overrides, spider_kwargs=spider_kwargs
            )
        except BaseException as exc:
            running._set("error", exc)
            return
        d.addCallbacks(
            lambda report: running._set("report", report),
            lambda failure: running._set("error", failure.value),
        )

    reactor.callFromThread(begin)
    return running


def crawl(
    spider_names: Sequence[str],
    *,
    settings_overrides: Mapping[str, Any] | None = None,
    spider_kwargs: Mapping[str, Any] | None = None,
    timeout: float = CRAWL_TIMEOUT,
) -> CrawlReport:
    """``scrapers._run.crawl``'s signature and report, crawled in this process's reactor."""
    running = start(
        spider_names, settings_overrides=settings_overrides, spider_kwargs=spider_kwargs
    )
    return running.wait(timeout)


#: The same idea for crawls through the command line (`himjobs crawl`, `scrapy crawl`).
CLI_SETTINGS: dict[str, str] = {
    "HIMJOBS_ALLOW_PRIVATE_URLS": "1",
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_DELAY": "0",
}


def cli_settings(**extra: object) -> list[str]:
    """CLI_SETTINGS and ``extra`` as `-s NAME=VALUE` arguments."""
    args: list[str] = []
    for name, value in {**CLI_SETTINGS, **extra}.items():
        args += ["-s", f"{name}={value}"]
    return args


def run(spider: str, base: str, **kwargs: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(stats, items) of one crawl of ``spider`` with api_base=``base``."""
    overrides = dict(TEST_SETTINGS, **kwargs.pop("settings", {}))
    report = crawl(
        [spider], settings_overrides=overrides, spider_kwargs={"api_base": base, **kwargs}
    )
    return report.stats[spider], report.items[spider]


def bad_pages(stats: dict[str, Any]) -> list[dict[str, str]]:
    return list(stats.get("himjobs/bad_page_list", []))
