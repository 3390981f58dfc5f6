"""`himjobs db upgrade`, `himjobs search` and `himjobs show ID`: the stored postings."""

from __future__ import annotations

import math
import sys
from datetime import UTC, datetime
from typing import Annotated, Any

import typer

from himjobs._cmd_match import TodayOption, parse_today, parse_when
from himjobs._db import open_store, shown, why_empty
from himjobs._output import Format, emit, key_values, paragraphs, write
from himjobs._present import (
    FACT_COLUMNS,
    fact_cells,
    hourly_text,
    location_text,
    pay_text,
)
from himjobs._requirements import readable_rows, requirement_rows
from himjobs.cli import DbOption, UserError, app, db_app
from schemas.vocab import (
    CERTIFICATION_CODES,
    EDUCATION_LABELS,
    EDUCATION_LADDER,
    EMPLOYMENT_TYPES,
    SHIFTS,
    WORKPLACES,
)


def _choice(value: str | None, allowed: tuple[str, ...], option: str) -> str | None:
    if value is not None and value not in allowed:
        raise UserError(f"{option}: {value!r} is not one of {', '.join(allowed)}")
    return value


def parse_number(value: str | None, option: str) -> float | None:
    """A finite number >= 0. Options take text and are parsed here, so a bad value is one
    line on stderr like every other user mistake, not click's multi-line usage block."""
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        raise UserError(f"{option}: {value!r} is not a number") from None
    if not math.isfinite(number) or number < 0:
        raise UserError(f"{option}: {value!r} must be a number >= 0")
    return number


def parse_int(value: str, option: str, *, low: int, high: int) -> int:
    try:
        number = int(value.strip())
    except ValueError:
        raise UserError(f"{option}: {value!r} is not a whole number") from None
    if not low <= number <= high:
        raise UserError(f"{option}: {value!r} must be between {low:,} and {high:,}")
    return number


def parse_format(value: str) -> Format:
    try:
        return Format(value.strip().lower())
    except ValueError:
        allowed = ", ".join(f.value for f in Format)
        raise UserError(f"--format: {value!r} is not one of {allowed}") from None


def parse_codes(value: str | None, option: str) -> list[str] | None:
    if value is None:
        return None
    codes = [c.strip().upper() for c in value.split(",") if c.strip()]
    unknown = [c for c in codes if c not in CERTIFICATION_CODES]
    if unknown:
        allowed = ", ".join(sorted(CERTIFICATION_CODES))
        raise UserError(f"{option}: unknown certification {', '.join(unknown)}; allowed: {allowed}")
    return codes


# Text-typed on purpose (see parse_number): these commands parse their own values.
TextFormatOption = Annotated[
    str, typer.Option("--format", "-f", help="Output format: table, json or csv.")
]


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Create or migrate the database schema to the current version."""
    store = open_store(db, create=True)
    store.upgrade()
    typer.echo("database is up to date")


@app.command()
def search(
    state: Annotated[str | None, typer.Option(help="Two-letter state, e.g. TX.")] = None,
    city: Annotated[str | None, typer.Option(help="City name, e.g. Austin.")] = None,
    workplace: Annotated[
        str | None, typer.Option(metavar="|".join(WORKPLACES), help="Where the work is done.")
    ] = None,
    employment_type: Annotated[
        str | None, typer.Option(metavar="|".join(EMPLOYMENT_TYPES), help="Job type.")
    ] = None,
    shift: Annotated[str | None, typer.Option(metavar="|".join(SHIFTS), help="Shift.")] = None,
    education_at_most: Annotated[
        str | None,
        typer.Option(
            metavar="|".join(EDUCATION_LADDER[1:]),
            help="Highest education a posting may require.",
        ),
    ] = None,
    experience_at_most: Annotated[
        str | None, typer.Option(help="Most years of experience a posting may require.")
    ] = None,
    no_cert: Annotated[
        bool, typer.Option("--no-cert", help="Only postings requiring no credential.")
    ] = False,
    certs: Annotated[
        str | None,
        typer.Option(help="Comma-separated credential codes you hold, e.g. CCA,CBCS."),
    ] = None,
    min_pay: Annotated[str | None, typer.Option(help="Minimum pay per hour, e.g. 18.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the title or description.")] = None,
    since: Annotated[str | None, typer.Option(help="Posted on or after this date.")] = None,
    today_text: TodayOption = None,
    include_closed: Annotated[
        bool,
        typer.Option(
            "--include-closed",
            help="Also list postings that were taken down or whose closing date has passed.",
        ),
    ] = False,
    limit: Annotated[str, typer.Option(help="Most postings to list (1-10,000).")] = "50",
    db: DbOption = None,
    fmt_text: TextFormatOption = "table",
) -> None:
    """Search stored postings by what they require and offer.

    Filter values are data: quotes, % and _ in --text or --city match literally.
    """
    from schemas.vocab import state_code

    fmt = parse_format(fmt_text)
    state_filter = None
    if state is not None:
        state_filter = state_code(state)
        if state_filter is None:
            raise UserError(f"--state: {state!r} is not a US state; use a code such as TX")
    filters: dict[str, Any] = dict(
        state=state_filter,
        city=city,
        workplace=_choice(workplace, WORKPLACES, "--workplace"),
        employment_type=_choice(employment_type, EMPLOYMENT_TYPES, "--employment-type"),
        shift=_choice(shift, SHIFTS, "--shift"),
        education_at_most=_choice(education_at_most, EDUCATION_LADDER[1:], "--education-at-most"),
        experience_at_most=parse_number(experience_at_most, "--experience-at-most"),
        no_certification_required=no_cert,
        certifications_within=parse_codes(certs, "--certs"),
        min_hourly_pay=parse_number(min_pay, "--min-pay"),
        text=text,
        posted_since=parse_when(since, "--since"),
        include_closed=include_closed,
        # a closing date before today is closed too (as `himjobs match` reads it)
        today=parse_today(today_text) or _utcnow(),
    )
    size = parse_int(limit, "--limit", low=1, high=10_000)
    store = open_store(db)
    try:
        postings = store.search(**filters, limit=size)
        total = len(postings) if len(postings) < size else store.count(**filters)
    except ValueError as err:  # a value the store refuses that the checks above let through
        raise UserError(str(err)) from None
    if not postings and fmt is Format.table:
        write(why_empty(store, filtered=True, today=filters["today"]))
        return
    rows = []
    for p in postings:
        req = p.requirements
        rows.append(
            {
                "id": p.id,
                "title": p.title,
                "employer": p.employer,
                "where": location_text(p),
                "pay_per_hour": hourly_text(req.pay if req else None),
                "education": req.education_required if req else None,
                "experience": req.experience_years_required if req else None,
                **({} if fmt is not Format.table else _in_words(req)),
                "certifications": [" or ".join(c.any_of) for c in req.required_certifications()]
                if req
                else [],
                "posted": p.posted_at.date().isoformat() if p.posted_at else "",
                **({} if fmt is not Format.csv else fact_cells(p)),
            }
        )
    columns = [
        "id",
        "title",
        "employer",
        "where",
        "pay_per_hour",
        "education",
        "experience",
        "certifications",
        "posted",
    ]
    if fmt is Format.csv:  # a spreadsheet filters on each fact in a column of its own
        columns += [c for c in FACT_COLUMNS if c not in columns]
    title = f"{len(rows)} of {total:,} postings, newest first"
    if total > len(rows):
        title += " (--limit shows more)"
    emit(
        rows,
        columns=columns,
        fmt=fmt,
        title=title,
        json_payload=[p.model_dump(mode="json") for p in postings],
    )


def closed_text(store: Any, posting: Any, *, today: datetime | None = None) -> str:
    """'' for an open posting, else when and how it closed."""
    record = store.record(posting.id) if posting.id is not None else None
    if record is not None and record.closed_at is not None:
        return (
            f"closed: taken down by its source (gone from the crawl of {record.closed_at:%Y-%m-%d})"
        )
    now = today or _utcnow()
    if posting.valid_through is not None and posting.valid_through < now:
        return f"closed: applications closed on {posting.valid_through:%Y-%m-%d}"
    return ""


@app.command()
def show(
    posting_id: Annotated[
        str, typer.Argument(metavar="ID", help="The posting's id from `himjobs search`.")
    ],
    today_text: TodayOption = None,
    db: DbOption = None,
    fmt_text: TextFormatOption = "table",
) -> None:
    """Show one stored posting with its requirements and their evidence."""
    fmt = parse_format(fmt_text)
    pid = parse_int(posting_id, "ID", low=1, high=2**63 - 1)
    store = open_store(db)
    posting = store.get(pid)
    if posting is None:
        raise UserError(f"no posting with id {pid} in {shown(store.url)}")
    closed = closed_text(store, posting, today=parse_today(today_text))
    if fmt is Format.json:
        sys.stdout.write(posting.model_dump_json(indent=2) + "\n")
        return
    req = posting.requirements
    pairs = [
        ("title", posting.title),
        ("employer", posting.employer),
        ("where", location_text(posting)),
        ("pay", pay_text(req.pay if req else None)),
        ("source", f"{posting.source} {posting.external_id}"),
        ("apply", link_text(posting.apply_url or posting.url)),
        ("posted", posting.posted_at.date().isoformat() if posting.posted_at else ""),
        ("closes", posting.valid_through.date().isoformat() if posting.valid_through else ""),
        ("status", closed or "open"),
    ]
    columns = ["field", "value", "level", "from", "evidence"]
    if fmt is Format.csv:
        # One CSV table: the posting's fields, then its requirements, under one header.
        rows = [{"field": k, "value": v} for k, v in pairs]
        emit(rows + (requirement_rows(req, posting) if req else []), columns=columns, fmt=fmt)
        return
    key_values(pairs)
    if req is not None:
        write("")
        # for people the evidence says where it came from in words: no "from" column
        emit(
            readable_rows(requirement_rows(req, posting)),
            columns=["field", "value", "level", "evidence"],
            fmt=fmt,
            title="Requirements",
        )
    write("")
    paragraphs(posting.description[:4000])


def _in_words(req: Any) -> dict[str, str]:
    """Education and experience for people ("high school diploma or GED", "1 year"): JSON and
    CSV keep the vocabulary id and the number a program reads."""
    if req is None:
        return {}
    years = req.experience_years_required
    said = "" if years is None else "none" if years <= 0 else f"{years:g} year"
    return {
        "education": EDUCATION_LABELS.get(req.education_required or "", ""),
        "experience": said + ("s" if said.endswith("year") and years != 1 else ""),
    }


def link_text(url: str) -> str:
    """The apply address; a demo posting's says where its recorded page opens."""
    from himjobs._demo import SITE

    if not url.startswith(SITE + "/"):
        return url
    return f"{url} (the demo's recorded page: open it while `himjobs serve` runs)"


def _utcnow() -> datetime:
    """Naive UTC now, as the store keeps its dates."""
    return datetime.now(UTC).replace(tzinfo=None)
