"""`himjobs match PROFILE` and `himjobs gaps PROFILE`: a profile against the stored postings.

``--new`` keeps the postings first seen at or after the start of the most recent crawl run that
has finished (any status; a run still in progress is skipped), i.e. what the last crawl found.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from himjobs._db import open_store, why_empty
from himjobs._distance import gaps_in_reach, matches_in_reach
from himjobs._match_lists import Lists, print_lists, result_json
from himjobs._notify import NotifyError, Target, deliver, parse_target
from himjobs._output import Format, emit, paragraphs, write
from himjobs.cli import DbOption, FormatOption, UserError, app
from schemas import CandidateProfile, MatchResult, load_profile


def parse_when(value: str | None, option: str) -> datetime | None:
    """A date or date-time given on the command line (--today, --since), strict ISO 8601 (a
    typo is an error, not a guess); one with a UTC offset is turned into naive UTC like the
    stored times, so comparing them cannot fail."""
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise UserError(f"{option}: {value!r} is not a date (use YYYY-MM-DD)") from None
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return when


def parse_today(value: str | None) -> datetime | None:
    """--today: the day closing dates are read against (the demo database's recording day)."""
    return parse_when(value, "--today")


TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today",
        metavar="YYYY-MM-DD",
        help="Read closing dates as on this day (default: now). The demo database was "
        "recorded on 2026-11-20; `himjobs demo` prints its commands with this option.",
    ),
]

#: `match` and `gaps` read the same profile argument.
ProfileArgument = Annotated[
    Path | None,
    typer.Argument(
        metavar="PROFILE", help="Profile .toml/.yaml/.json (default: the one the web page saved)."
    ),
]


def new_since(store: Any) -> tuple[datetime, int]:
    """Start of the most recent finished crawl run, and its id."""
    for run in store.runs(limit=100):
        if run.status != "running":
            return run.started_at, run.id
    raise UserError("--new: no finished crawl run is recorded yet; run `himjobs crawl` first")


def find_profile(path: Path | None) -> Path:
    """The profile given, else the one the web page saved (~/.himjobs/profile.json)."""
    if path is not None:
        return path
    from himjobs.web import PROFILE_FILE

    saved = Path.home() / ".himjobs" / PROFILE_FILE
    if saved.exists():
        return saved
    raise UserError(
        f"no PROFILE given and no saved profile at {saved}: pass a profile file, write one "
        "with `himjobs profile init`, or save one on the web page (`himjobs serve`)"
    )


def _load(profile_path: Path) -> CandidateProfile:
    return load_profile(profile_path)  # SchemaError: one line naming the field, exit 2


@app.command()
def match(
    profile_path: ProfileArgument = None,
    new: Annotated[
        bool, typer.Option("--new", help="Only postings the last crawl run found.")
    ] = False,
    near_misses: Annotated[
        bool, typer.Option("--near-misses", help="Also list postings missing one required item.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Only postings that fit your preferences too (shift, type...)."
        ),
    ] = False,
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="Rows per list.")] = 25,
    pool: Annotated[
        int | None, typer.Option(min=1, help="Newest surviving postings scored (default 250).")
    ] = None,
    notify: Annotated[
        str | None,
        typer.Option(help="Send the matches as JSON: a FILE path, or cmd:COMMAND (stdin)."),
    ] = None,
    today_text: TodayOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """The stored open postings you qualify for, best first, and why.

    First those that fit everything you asked for, then those that break one of your
    preferences (shift, job type, workplace), each with the reason; --strict lists the first
    group only. Both are in score order, as on the web page.
    """
    profile_path = find_profile(profile_path)
    profile = _load(profile_path)
    today = parse_today(today_text)
    target: Target | None = None
    if notify is not None:
        try:
            target = parse_target(notify)
        except NotifyError as err:
            raise UserError(str(err)) from None
    store = open_store(db)
    since, run_id = new_since(store) if new else (None, None)
    from storage import DEFAULT_POOL

    # Every scored posting comes back, so the headings can say "25 of 84"; scoring is the
    # same work either way (the pool is scored whatever the limit).
    size = max(limit, DEFAULT_POOL if pool is None else pool)
    # The profile's state, and with zip + max_miles every state within max_miles of the ZIP
    found, far = matches_in_reach(
        store,
        profile,
        limit=size,
        include_near_misses=near_misses,
        new_since=since,
        pool=size,
        today=today,
    )
    lists = Lists.split(
        found, strict=strict, limit=limit, since=since, run_id=run_id, today=today, far=far
    )
    if fmt is Format.table and not (lists.fits or lists.breaks or lists.near):
        write(why_no_matches(store, new=new))
    else:
        print_lists(lists, fmt, near_misses=near_misses)
    if target is not None:
        _notify(target, lists.shown_matches(), profile_path, since)


def why_no_matches(store: Any, *, new: bool) -> str:
    """One line on why nothing qualifies: no postings, no finished crawl, or the profile."""
    reason = why_empty(store, filtered=False)
    if store.count() == 0:
        return reason
    if new:
        return "No posting first seen in the last crawl run fits your profile."
    return (
        f"None of the {store.count():,} open postings fits your profile; "
        "`himjobs match --near-misses` lists those missing one thing, `himjobs gaps` what "
        "would open the most."
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
    profile_path: ProfileArgument = None,
    limit: Annotated[int, typer.Option(min=1, max=100, help="Changes to list.")] = 10,
    today_text: TodayOption = None,
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Which single change (a certification, an education step, a year) opens the most postings."""
    profile = _load(find_profile(profile_path))
    today = parse_today(today_text)
    store = open_store(db)
    found = gaps_in_reach(store, profile, today=today)[:limit]
    if not found and fmt is Format.table and store.count() == 0:
        write(why_empty(store, filtered=False))
        return
    print_gaps(found, fmt)


def print_gaps(found: list[Any], fmt: Format) -> None:
    """The gaps as `himjobs gaps` prints them (the demo prints them the same way)."""
    rows = [
        {
            "change": g.change,
            "kind": g.kind,
            "advice": g.label,
            "more_postings": g.postings,
            "median_hourly_pay": g.median_hourly_pay,
            "summary": gap_line(g),
        }
        for g in found
    ]
    if fmt is not Format.table:
        payload = [{**r, "posting_ids": g.posting_ids} for r, g in zip(rows, found, strict=True)]
        emit(
            rows,
            columns=["change", "kind", "advice", "more_postings", "median_hourly_pay"],
            fmt=fmt,
            json_payload=payload,
        )
        return
    if not found:
        write("No single change would open more postings in your area.")
        return
    write("What would open more postings in your area")
    for row in rows:
        paragraphs(f"{row['summary']} ({row['advice']})", hanging=2)
