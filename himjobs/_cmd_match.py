"""`himjobs match PROFILE` and `himjobs gaps PROFILE`: a profile against the stored postings.

``--new`` keeps the postings first seen at or after the start of the most recent crawl run that
has finished (any status; a run still in progress is skipped), i.e. what the last crawl found.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from himjobs._notify import NotifyError, Target, deliver, parse_target
from himjobs._output import Format, emit, paragraphs, write
from himjobs._present import (
    FACT_COLUMNS,
    VERDICT_COLUMNS,
    fact_cells,
    match_row,
    verdict_cells,
)
from himjobs.cli import DbOption, FormatOption, UserError, app
from schemas import CandidateProfile, MatchResult, load_profile

COLUMNS = ["id", "title", "employer", "where", "pay_per_hour", "verdicts", "score", "notes"]
CSV_COLUMNS = ["kind", *COLUMNS[:-1], *FACT_COLUMNS, "eligible", *VERDICT_COLUMNS.values(),
               "missing", "unknown", "relaxed", "url"]  # fmt: skip
MARK = {"not_met": "✘", "unknown": "?"}


def notes(result: MatchResult) -> str:
    """Every requirement or preference not met or not known, one explanation each."""
    return "\n".join(
        f"{MARK[v.status]} {v.explanation}" for v in result.verdicts if v.status in MARK
    )


def result_json(result: MatchResult, kind: str) -> dict[str, Any]:
    row = match_row(result)
    row.pop("verdicts")
    row["kind"] = kind
    if result.posting is not None:
        row["source"], row["external_id"] = result.posting.source, result.posting.external_id
    row["verdicts"] = [v.model_dump(mode="json") for v in result.verdicts]
    return row


def open_store(db: str | None) -> Any:
    """The Store, refusing to create a SQLite file that is not there (nothing is written)."""
    from sqlalchemy.engine import make_url

    from storage import Store

    store = Store(db)
    url = make_url(store.url)
    file = url.database if url.get_backend_name() == "sqlite" else None
    if file and file != ":memory:" and not Path(file).exists():
        raise UserError(
            f"no database at {file}: run `himjobs crawl` (or `himjobs demo`) first, or give --db"
        )
    return store


def new_since(store: Any) -> tuple[datetime, int]:
    """Start of the most recent finished crawl run, and its id."""
    for run in store.runs(limit=100):
        if run.status != "running":
            return run.started_at, run.id
    raise UserError("--new: no finished crawl run is recorded yet; run `himjobs crawl` first")


def _load(profile_path: Path) -> CandidateProfile:
    return load_profile(profile_path)  # SchemaError: one line naming the field, exit 2


@app.command()
def match(
    profile_path: Annotated[
        Path, typer.Argument(metavar="PROFILE", help="Profile .toml/.yaml/.json")
    ],
    new: Annotated[
        bool, typer.Option("--new", help="Only postings the last crawl run found.")
    ] = False,
    near_misses: Annotated[
        bool, typer.Option("--near-misses", help="Also list postings missing one required item.")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="Rows per list.")] = 25,
    pool: Annotated[
        int | None, typer.Option(min=1, help="Newest surviving postings scored (default 250).")
    ] = None,
    notify: Annotated[
        str | None,
        typer.Option(help="Send the matches as JSON: a FILE path, or cmd:COMMAND (stdin)."),
    ] = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """The stored open postings you qualify for, best first, and why."""
    profile = _load(profile_path)
    target: Target | None = None
    if notify is not None:
        try:
            target = parse_target(notify)
        except NotifyError as err:
            raise UserError(str(err)) from None
    store = open_store(db)
    since, run_id = new_since(store) if new else (None, None)
    found = store.matches(
        profile, limit=limit, include_near_misses=near_misses, new_since=since, pool=pool
    )
    _print_matches(found, fmt, since=since, run_id=run_id, limit=limit)
    if target is not None:
        _notify(target, found.matches, profile_path, since)


def _print_matches(
    found: Any, fmt: Format, *, since: datetime | None, run_id: int | None, limit: int
) -> None:
    lists = [("match", found.matches)] + (
        [("near_miss", found.near_misses)] if found.near_misses else []
    )
    if fmt is Format.json:
        payload = {
            "new_since": since.isoformat() if since else None,
            "complete": found.complete,
            "matches": [result_json(r, "match") for r in found.matches],
            "near_misses": [result_json(r, "near_miss") for r in found.near_misses],
        }
        emit([], columns=[], fmt=fmt, json_payload=payload)
        return
    if fmt is Format.csv:
        rows = [
            {**match_row(r), **fact_cells(r.posting), **verdict_cells(r), "kind": kind}
            for kind, results in lists
            for r in results
        ]
        emit(rows, columns=CSV_COLUMNS, fmt=fmt)
        return
    scope = f" first seen since crawl run {run_id} ({since:%Y-%m-%d %H:%M} UTC)" if since else ""
    n = len(found.matches)
    title = f"You qualify for {n} postings" if n < limit else f"The {n} best of your matches"
    emit(
        [{**match_row(r), "notes": notes(r)} for r in found.matches],
        columns=COLUMNS, fmt=fmt, title=title + scope,
    )  # fmt: skip
    if found.near_misses:
        emit(
            [{**match_row(r), "notes": notes(r)} for r in found.near_misses],
            columns=COLUMNS, fmt=fmt,
            title=f"Near misses: {len(found.near_misses)} postings missing one thing",
        )  # fmt: skip
    if not found.complete:
        paragraphs(
            "More postings qualify than were scored: these are the best of the newest "
            "ones. Raise --pool to score more."
        )


def _notify(
    target: Target, matches: list[MatchResult], profile: Path, since: datetime | None
) -> None:
    # Files are always rewritten (a stale file would be sent again); a command runs only when
    # there is something to say, so an empty crawl sends no e-mail.
    if target.argv is not None and not matches:
        return
    document = json.dumps(
        {
            "profile": str(profile),
            "new_since": since.isoformat() if since else None,
            "count": len(matches),
            "matches": [result_json(r, "match") for r in matches],
        },
        indent=2,
        ensure_ascii=False,
        default=str,
    )
    try:
        deliver(target, document + "\n")
    except NotifyError as err:
        from himjobs._output import err_console

        err_console().print(f"[red]himjobs: error:[/red] {err}", highlight=False, soft_wrap=True)
        # Not typer.Exit: click hands its code back to main() as a value, which main() drops.
        raise SystemExit(1) from None


def gap_line(gap: Any) -> str:
    """'RHIT: +37 postings, median $21.40/h'."""
    pay = f"median ${gap.median_hourly_pay:.2f}/h" if gap.median_hourly_pay else "pay not stated"
    return f"{gap.change}: +{gap.postings} postings, {pay}"


@app.command()
def gaps(
    profile_path: Annotated[
        Path, typer.Argument(metavar="PROFILE", help="Profile .toml/.yaml/.json")
    ],
    limit: Annotated[int, typer.Option(min=1, max=100, help="Changes to list.")] = 10,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Which single change (a certification, an education step, a year) opens the most postings."""
    profile = _load(profile_path)
    found = open_store(db).gaps(profile)[:limit]
    rows = [
        {"change": g.change, "kind": g.kind, "advice": g.label, "more_postings": g.postings,
         "median_hourly_pay": g.median_hourly_pay, "summary": gap_line(g)}
        for g in found
    ]  # fmt: skip
    if fmt is not Format.table:
        payload = [{**r, "posting_ids": g.posting_ids} for r, g in zip(rows, found, strict=True)]
        emit(rows, columns=["change", "kind", "advice", "more_postings", "median_hourly_pay"],
             fmt=fmt, json_payload=payload)  # fmt: skip
        return
    if not found:
        write("No single change would open more postings in your area.")
        return
    write("What would open more postings in your area")
    for row in rows:
        paragraphs(f"{row['summary']} ({row['advice']})")
