"""`himjobs crawl` and `himjobs runs` (`himjobs import jobspy` is in himjobs/_cmd_import.py).

`himjobs crawl` runs the spiders in this process through the real Scrapy engine with the ingest
pipeline (scrapers.pipelines), under one lock per source and one crawl-run record, shows seen /
kept / stored per source while it works, and prints a summary. Exit status: 0 when every source
crawled ok (or partial: some bad pages, all recorded), 1 when a source failed, was suspicious
(far fewer postings than its last good run), lost a posting or a page to a parse failure (one
line per source names it), or another crawl of a source holds its lock.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from himjobs._crawl_report import Live, crawl_log_path, print_summary
from himjobs._output import Format, emit, err_console
from himjobs.cli import DbOption, FormatOption, UserError, app

if TYPE_CHECKING:
    from storage import Store

#: Summary columns: short table headings -> the pipeline's stats (also the JSON keys).
COLUMNS = {
    "seen": "seen",
    "dropped": "dropped_irrelevant",
    "stored": "stored",
    "new": "inserted",
    "updated": "updated",
    "unchanged": "unchanged",
    "failed": "failed",
    "closed": "closed",
    "dupes": "duplicates",
    "bad_pages": "bad_pages",
}
#: Per-source outcomes that make `himjobs crawl` exit 1 (cron mails it, a timer marks it failed).
BAD_OUTCOMES = ("failed", "suspicious")


def _store(db: str | None, *, create: bool = True) -> Store:
    """The database; only crawl and import may create one (himjobs._db.open_store)."""
    from himjobs._db import open_store

    return open_store(db, create=create)


def _project_settings() -> Any:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "scrapers.settings")
    from scrapy.utils.project import get_project_settings

    return get_project_settings()


def spider_names() -> list[str]:
    """Every spider the project defines (what `scrapy list` prints)."""
    from scrapy.spiderloader import get_spider_loader

    return sorted(get_spider_loader(_project_settings()).list())


def pick_sources(sources: list[str], boards: Path | None) -> list[str]:
    """The sources to crawl: those named, else those with boards in the sources file."""
    from scrapers import SourcesError, load_sources

    known = spider_names()
    try:
        config = load_sources(boards)
    except SourcesError as err:
        raise UserError(f"--boards: {err}") from None
    if not sources:
        sources = [name for name in config.sources if config.boards(name) and name in known]
        # USAJOBS runs queries, not boards: crawled by default once its key is configured.
        if "usajobs" in known and "usajobs" not in sources and _usajobs_configured():
            sources.append("usajobs")
        if not sources:
            raise UserError(f"no source with boards in {boards or 'scrapers/sources.toml'}")
    unknown = [s for s in sources if s not in known]
    if unknown:
        raise UserError(f"unknown source {', '.join(unknown)}; known: {', '.join(known)}")
    return list(dict.fromkeys(sources))


def _usajobs_configured() -> bool:
    return bool(os.environ.get("HIMJOBS_USAJOBS_KEY") and os.environ.get("HIMJOBS_USAJOBS_EMAIL"))


def parse_sets(values: list[str]) -> dict[str, str]:
    """`-s NAME=VALUE` Scrapy setting overrides, as `scrapy crawl -s` takes them."""
    out: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not name.strip().isidentifier():
            raise UserError(f"-s/--set: {item!r} is not NAME=VALUE")
        out[name.strip()] = value
    return out


def check_api_base(api_base: str, overrides: dict[str, str]) -> None:
    """Refuse an unsafe --api-base before a run, a lock or a database file exists; the spiders
    check it again, but a refusal there surfaces as a Twisted traceback after the run started."""
    from scrapers import UnsafeURLError, check_url

    settings = _project_settings()
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    try:
        check_url(api_base, allow_private=settings.getbool("HIMJOBS_ALLOW_PRIVATE_URLS"))
    except UnsafeURLError as err:
        raise UserError(f"--api-base: {err}") from None


def run_status(outcomes: dict[str, str]) -> str:
    """One status for the run from each source's outcome.

    >>> run_status({"a": "ok", "b": "ok"}), run_status({"a": "ok", "b": "failed"})
    ('ok', 'partial')
    >>> run_status({"a": "failed"}), run_status({"a": "partial", "b": "suspicious"})
    ('failed', 'suspicious')
    """
    values = set(outcomes.values())
    if not values or values == {"failed"}:
        return "failed"
    if "failed" in values:
        return "partial"
    if "suspicious" in values:
        return "suspicious"
    return "partial" if "partial" in values else "ok"


def source_row(name: str, stats: dict[str, Any]) -> dict[str, Any]:
    """One source's outcome and counts (the pipeline's stats; failed when it never ran)."""
    from scrapers.stats import PARSE_FAILURE_KINDS, STAT_BAD

    row: dict[str, Any] = {"source": name, "outcome": stats.get("himjobs/outcome", "failed")}
    for key in COLUMNS.values():
        row[key] = int(stats.get(f"himjobs/{key}") or 0)
    row["parse_failures"] = sum(int(stats.get(f"{STAT_BAD}/{k}") or 0) for k in PARSE_FAILURE_KINDS)
    return row


def parse_failure_line(name: str, stats: dict[str, Any]) -> str | None:
    """One line naming a source that lost postings or pages to parsing, and the first reason."""
    from scrapers.stats import PARSE_FAILURE_KINDS, STAT_BAD_LIST

    count = source_row(name, stats)["parse_failures"]
    if not count:
        return None
    listed = [b for b in stats.get(STAT_BAD_LIST) or [] if b.get("kind") in PARSE_FAILURE_KINDS]
    first = f": {listed[0]['reason']} ({listed[0]['url']})" if listed else ""
    what = "posting or page" if count == 1 else "postings or pages"
    return " ".join(f"{name}: {count} {what} lost to parse failures{first}".split())


@app.command()
def crawl(
    sources: Annotated[
        list[str] | None,
        typer.Argument(help="Sources to crawl (default: those with boards in the sources file)."),
    ] = None,
    boards: Annotated[
        Path | None, typer.Option(help="A sources.toml of your own (boards per source).")
    ] = None,
    db: DbOption = None,
    api_base: Annotated[
        str | None, typer.Option(help="Scheme and host of a mirror serving the sources' API paths.")
    ] = None,
    settings: Annotated[
        list[str] | None,
        typer.Option("--set", "-s", help="Scrapy setting NAME=VALUE (repeatable)."),
    ] = None,
    redis: Annotated[
        str | None,
        typer.Option(
            "--redis",
            envvar="HIMJOBS_REDIS_URL",
            help="Share the crawl with other workers through this Redis (redis://HOST:6379/0).",
        ),
    ] = None,
    redis_crawl_id: Annotated[
        str | None,
        typer.Option(
            "--redis-crawl-id",
            envvar="HIMJOBS_REDIS_CRAWL_ID",
            help="Workers with the same id share one crawl (default: today's UTC date).",
        ),
    ] = None,
    log_file: Annotated[
        Path | None,
        typer.Option(
            "--log-file",
            help="Where Scrapy's log (warnings, tracebacks) goes "
            "(default ~/.himjobs/logs/crawl-DATE-TIME.log).",
        ),
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Crawl job sources into the database: relevance -> requirements -> store.

    Exit status 0 when every source finished (bad pages are recorded in the run), 1 when a
    source failed, stored suspiciously few postings, or is locked by another crawl; 2 on a
    usage mistake. `himjobs runs` lists the runs, `himjobs runs --errors ID` their bad pages.

    With -s JOBDIR=DIR a crawl stopped with Ctrl-C resumes where it stopped next time; a
    finished one leaves nothing to resume, so the same command crawls afresh (docs/deployment.md).

    With --redis, any number of `himjobs crawl --redis URL` workers, on any machines, share one
    crawl (docs/deployment.md): each records its own run and takes no local source lock (a
    second worker on the same machine is welcome); the last worker to finish closes the
    postings the whole crawl did not see, when every worker finished ok (docs/scheduling.md).
    """
    from himjobs._lock import LockedError

    names = pick_sources(list(sources or []), boards)
    shared: dict[str, Any] = {}
    if redis:
        from scrapers import redis_settings

        try:
            shared = redis_settings(redis, crawl_id=redis_crawl_id)
        except ValueError as err:
            raise UserError(f"--redis: {err}") from None
    overrides: dict[str, Any] = {**shared, **parse_sets(list(settings or []))}
    if api_base:
        check_api_base(api_base, overrides)
    log_path = crawl_log_path(log_file, overrides)
    store = _store(db)
    try:
        run_id, status, rows = run_crawl(
            names,
            store,
            sources_file=boards,
            api_base=api_base,
            overrides=overrides,
            lock=not redis,
            shared=bool(redis),
        )
    except LockedError as err:
        err_console().print(f"[red]himjobs: error:[/red] {err}", highlight=False)
        raise typer.Exit(1) from None
    finally:
        store.close()
    store = _store(db)
    try:
        errors = store.run_errors(run_id)
    finally:
        store.close()
    print_summary(run_id, status, rows, errors, fmt=fmt, log_path=log_path, columns=COLUMNS)
    if any(r["outcome"] in BAD_OUTCOMES or r["parse_failures"] for r in rows):
        raise typer.Exit(1)


def run_crawl(
    names: list[str],
    store: Store,
    *,
    sources_file: Path | None = None,
    api_base: str | None = None,
    overrides: dict[str, Any] | None = None,
    lock: bool = True,
    shared: bool = False,
) -> tuple[int, str, list[dict[str, Any]]]:
    """Crawl ``names`` into ``store`` in this process: (run id, run status, one row per source).

    Holds each source's lock (LockedError when another crawl has one), records one crawl run,
    and shows the live progress (``lock=False``: Redis workers share a crawl, no local lock;
    ``shared=True``: this run is one worker's share, no baseline for the suspicious check).
    Shared by `himjobs crawl` and `himjobs demo`; the Twisted
    reactor runs once per process, so call it once.
    """
    from contextlib import nullcontext

    from rich.markup import escape

    from himjobs._lock import source_locks
    from scrapers import crawl_here

    settings: dict[str, Any] = {"LOG_LEVEL": "WARNING", **(overrides or {})}
    kwargs: dict[str, Any] = {}
    if sources_file is not None:
        kwargs["sources_file"] = str(sources_file)
    if api_base:
        kwargs["api_base"] = api_base
    with source_locks(names) if lock else nullcontext():
        run_id = store.start_run(names)
        settings.update(HIMJOBS_DATABASE_URL=store.url, HIMJOBS_RUN_ID=run_id)
        live = Live(names)
        report = None
        try:
            with live.progress:
                report = crawl_here(
                    names,
                    settings_overrides=settings,
                    spider_kwargs=kwargs,
                    collect_items=False,
                    on_crawler=live.attach,
                )
        finally:
            stats = report.stats if report else {}
            for name, reason in (report.errors if report else {}).items():
                # A source that could not start (no USAJOBS key, bad arguments): its outcome is
                # failed (source_row), the reason is a run error, the other sources crawled.
                store.record_error(run_id, name, None, f"could not start: {reason}")
                err_console().print(
                    f"[red]himjobs: error:[/red] {name}: {escape(reason)}",
                    highlight=False,
                    soft_wrap=True,
                )
            rows = [source_row(n, stats.get(n, {})) for n in names]
            for name in names:
                line = parse_failure_line(name, stats.get(name, {}))
                if line:
                    err_console().print(
                        f"[red]himjobs: error:[/red] {escape(line)}",
                        highlight=False,
                        soft_wrap=True,
                    )
            status = run_status({r["source"]: r["outcome"] for r in rows})
            counts = {r["source"]: {k: v for k, v in r.items() if k != "source"} for r in rows}
            store.finish_run(run_id, status=status, counts=counts, baseline=not shared)
    return run_id, status, rows


def _when(at: datetime | None) -> str | None:
    return at.isoformat(sep=" ", timespec="seconds") if at else None


@app.command()
def runs(
    limit: Annotated[int, typer.Option(min=1, help="How many recent runs.")] = 20,
    errors: Annotated[
        int | None, typer.Option(help="List the errors (bad pages) of this run instead.")
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List recent crawl runs: when, status, postings stored and errors per run."""
    store = _store(db, create=False)
    try:
        if errors is not None:
            found: list[dict[str, Any]] = [
                {"source": e.source, "url": e.url, "reason": e.reason, "at": e.at}
                for e in store.run_errors(errors)[:limit]
            ]
            emit(
                found,
                columns=["source", "url", "reason", "at"],
                fmt=fmt,
                title=f"errors of run {errors}",
            )
            return
        rows: list[dict[str, Any]] = []
        for r in store.runs(limit):
            stored = sum(
                int(c.get("stored") or 0) for c in r.counts.values() if isinstance(c, dict)
            )
            rows.append(
                {
                    "id": r.id,
                    "started": _when(r.started_at),
                    "finished": _when(r.finished_at),
                    "status": r.status,
                    "sources": r.sources,
                    "stored": stored,
                    "errors": r.errors,
                    "counts": r.counts,
                }
            )
    finally:
        store.close()
    if not rows and fmt is Format.table:
        typer.echo("No crawl run is recorded yet: run `himjobs crawl` (or `himjobs demo`).")
        return
    emit(
        rows,
        columns=["id", "started", "finished", "status", "sources", "stored", "errors"],
        fmt=fmt,
        title="crawl runs",
    )
