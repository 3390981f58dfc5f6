"""What `himjobs crawl` tells a person: a live progress line per source while it works, then one
line per source with the reason it failed, and where the full log (tracebacks and all) went.

The reason comes from the run's recorded errors: the same network failure on every page is one
cause ("no network: DNS lookup failed for 2 hosts"), not a wall of tracebacks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from himjobs._output import Format, emit, err_console, is_terminal, paragraphs, write

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

#: Where `himjobs crawl` writes its log unless --log-file says otherwise.
DATA_DIR = Path("~/.himjobs")

#: (pattern over an error's reason, what it means, whether the host is named in group 1)
_CAUSES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"DNS lookup failed.*?lookup: ([\w.-]+)", re.I), "no network: DNS lookup failed"),
    (
        re.compile(r"Connection (?:was )?refused.*?(?:to |host )?([\w.-]+)?", re.I),
        "connection refused",
    ),
    (re.compile(r"(?:timed? ?out|TimeoutError)", re.I), "timed out"),
    (re.compile(r"SSL|certificate", re.I), "TLS error"),
)
_HOST = re.compile(r"https?://([^/:?#]+)")


def crawl_log_path(log_file: Path | None, overrides: dict[str, Any]) -> Path | None:
    """Send Scrapy's log to a file (set in ``overrides``) so the terminal shows the summary."""
    from himjobs.cli import UserError

    if "LOG_FILE" in overrides:  # -s LOG_FILE=... wins
        return Path(overrides["LOG_FILE"])
    path = (log_file or default_log_file()).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    except OSError as err:
        raise UserError(f"--log-file: {path}: cannot write: {err.strerror or err}") from None
    overrides["LOG_FILE"] = str(path)
    overrides.setdefault("LOG_LEVEL", "INFO")
    return path


def print_summary(
    run_id: int,
    status: str,
    rows: list[dict[str, Any]],
    errors: list[Any],
    *,
    fmt: Format,
    log_path: Path | None,
    columns: dict[str, str],
) -> None:
    """One line per source with the reason a source failed (whole, wrapped on a terminal);
    JSON and CSV as before."""
    whys = {
        row["source"]: reason([(e.url, e.reason) for e in errors if e.source == row["source"]])
        for row in rows
    }
    if fmt is not Format.table:
        emit(
            [{**r, **{short: r[key] for short, key in columns.items()}} for r in rows],
            columns=["source", "outcome", *columns],
            fmt=fmt,
            json_payload={
                "run_id": run_id,
                "status": status,
                "log_file": str(log_path or ""),
                "sources": [{**r, "reason": whys[r["source"]]} for r in rows],
            },
        )
        return
    write(f"crawl run {run_id}: {status}")
    for row in rows:
        line = source_line(row, whys[row["source"]])
        # The reason is whole (its end often names the URL or setting): wrapped between words
        # on a terminal, the lines after the first indented; one line in a pipe, for grep.
        if is_terminal():
            paragraphs(line, hanging=2)
        else:
            write(line)
    if log_path is not None:
        write(f"log: {log_path}  (bad pages: himjobs runs --errors {run_id})")


def default_log_file(now: datetime | None = None) -> Path:
    when = now or datetime.now(UTC)
    return (DATA_DIR / "logs" / f"crawl-{when:%Y%m%d-%H%M%S}.log").expanduser()


def reason(errors: Iterable[tuple[str | None, str]]) -> str:
    """One phrase for a source's errors, given as (url, reason) pairs.

    >>> dns = "DNS lookup failed: no results for hostname lookup: "
    >>> reason([("https://a.example/1", dns + "a.example"),
    ...         ("https://b.example/2", dns + "b.example")])
    'no network: DNS lookup failed for 2 hosts'
    """
    errors = list(errors)
    if not errors:
        return ""
    causes: Counter[str] = Counter()
    hosts: dict[str, set[str]] = {}
    for url, text in errors:
        for pattern, meaning in _CAUSES:
            m = pattern.search(text)
            if m:
                causes[meaning] += 1
                host = (m.group(1) if m.groups() else None) or _host(url)
                if host:
                    hosts.setdefault(meaning, set()).add(host)
                break
        else:
            causes[_first_words(text)] += 1
    meaning, count = causes.most_common(1)[0]
    n = len(hosts.get(meaning, ()))
    if n:
        out = f"{meaning} for {n} host{'s' * (n != 1)}"
    else:
        out = f"{meaning} ({count} page{'s' * (count != 1)})"
    others = sum(causes.values()) - count
    return out + (f"; {others} other error{'s' * (others != 1)}" if others else "")


def _host(url: str | None) -> str | None:
    m = _HOST.match(url or "")
    return m.group(1) if m else None


def _first_words(text: str) -> str:
    """The reason's first line, whole: cut short, it lost the URL or setting at its end (the
    reasons are bounded where they are recorded; the rest of a traceback is in the log)."""
    return text.strip().splitlines()[0] if text.strip() else "error"


def source_line(row: dict[str, Any], why: str) -> str:
    """'greenhouse: failed - no network: DNS lookup failed for 1 host' or the counts."""
    counts = (
        f"seen {row['seen']:,}, kept {row['seen'] - row['dropped_irrelevant'] - row['failed']:,},"
        f" stored {row['stored']:,} ({row['inserted']:,} new, {row['updated']:,} updated,"
        f" {row['closed']:,} closed)"
    )
    text = f"{row['source']}: {row['outcome']}"
    if row["outcome"] in ("failed", "suspicious") and why:
        return f"{text} - {why}"
    text += f" - {counts}"
    if row["bad_pages"]:
        text += f"; {row['bad_pages']:,} bad page{'s' * (row['bad_pages'] != 1)}"
        text += f" ({why})" if why else ""
    return text


class Live:
    """A rich progress line per source, updated from the crawler's stats on every item."""

    def __init__(self, sources: list[str]) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=err_console(),
            transient=False,
        )
        self.tasks = {s: self.progress.add_task(self._text(s, {}), total=None) for s in sources}

    @staticmethod
    def _text(source: str, stats: dict[str, Any]) -> str:
        seen = int(stats.get("himjobs/seen") or 0)
        dropped = int(stats.get("himjobs/dropped_irrelevant") or 0)
        failed = int(stats.get("himjobs/failed") or 0)
        stored = int(stats.get("himjobs/stored") or 0)
        bad = int(stats.get("himjobs/bad_pages") or 0)
        text = f"{source:<16} seen {seen:>6}  kept {seen - dropped - failed:>6}  stored {stored:>6}"
        return text + (f"  [yellow]bad pages {bad}[/yellow]" if bad else "")

    def attach(self, name: str, crawler: Crawler) -> None:
        from scrapy import signals

        from scrapers.signals import bad_page

        def update(*_args: Any, **_kwargs: Any) -> None:
            self.progress.update(
                self.tasks[name], description=self._text(name, crawler.stats.get_stats())
            )

        for signal in (signals.item_scraped, signals.item_dropped, bad_page):
            crawler.signals.connect(update, signal=signal, weak=False)

        def done(*_args: Any, **_kwargs: Any) -> None:
            update()
            self.progress.update(self.tasks[name], total=1, completed=1)

        crawler.signals.connect(done, signal=signals.spider_closed, weak=False)
