"""`himjobs import jobspy`: postings scraped by another tool (JobSpy's CSV) fed through the same
ingest path as a crawl, recorded as a crawl run of their own. Imports never close postings: a
file is not a complete crawl of a site.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from himjobs._cmd_crawl import COLUMNS, _store
from himjobs._output import Format, emit
from himjobs.cli import DbOption, FormatOption, UserError, app

if TYPE_CHECKING:
    from storage import Store


import_app = typer.Typer(help="Import postings scraped by other tools.", no_args_is_help=True)
app.add_typer(import_app, name="import")


def import_jobspy(path: Path, store: Store) -> tuple[int, str, dict[str, dict[str, int]], int]:
    """Feed a JobSpy CSV through the ingest path; (run id, status, counts per source, skipped).

    Each row is read on its own: a row that is not a valid posting is a failed posting (recorded
    as a run error), not a failed file. Rows without a title or URL are skipped, as JobSpy's
    own empty rows. Imports never close postings: a file is not a complete crawl of a site.
    """
    import csv
    import io

    from pydantic import ValidationError

    from scrapers import Ingester
    from scrapers.formats import jobspy

    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise UserError(f"{path}: cannot read: {err.strerror or err}") from None
    except UnicodeDecodeError as err:
        raise UserError(f"{path}: not UTF-8 text (byte {err.start})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""), escapechar="\\", doublequote=True)
    header = reader.fieldnames or []
    if not {"title", "job_url"} <= set(header):
        raise UserError(f"{path}: not a JobSpy CSV (no title and job_url columns in the header)")
    run_id = store.start_run([jobspy.SOURCE_PREFIX])
    ingester = Ingester(
        store, run_id=run_id, on_failure=lambda s, u, r: store.record_error(run_id, s, u, r)
    )
    skipped = 0
    try:
        for row in reader:
            try:
                posting = jobspy.parse_row(row)
            except (ValidationError, ValueError, TypeError) as exc:
                source = f"{jobspy.SOURCE_PREFIX}:{(row.get('site') or 'unknown').lower()}"
                ingester.counts[source]["seen"] += 1
                ingester.fail(source, row.get("job_url"), f"line {reader.line_num}: {exc}"[:1000])
                continue
            if posting is None:
                skipped += 1
                continue
            ingester.add(posting)
        ingester.flush()
    except csv.Error as err:
        store.finish_run(run_id, status="failed", counts=dict(ingester.counts))
        raise UserError(f"{path}: line {reader.line_num}: {err}") from None
    counts = {source: dict(c) for source, c in ingester.counts.items()}
    status = "partial" if any(c["failed"] for c in counts.values()) else "ok"
    store.finish_run(run_id, status=status, counts=counts)
    return run_id, status, counts, skipped


@import_app.command("jobspy")
def import_jobspy_command(
    file: Annotated[Path, typer.Argument(help="A CSV written by JobSpy (scrape_jobs().to_csv).")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Import postings you scraped with JobSpy (Indeed, LinkedIn, ZipRecruiter...)."""
    store = _store(db)
    try:
        run_id, status, counts, skipped = import_jobspy(file, store)
    finally:
        store.close()
    rows = [
        {"source": s, "outcome": "partial" if c["failed"] else "ok", **c} for s, c in counts.items()
    ]
    emit(
        [{**r, **{short: r[key] for short, key in COLUMNS.items() if key in r}} for r in rows],
        columns=["source", *[c for c in COLUMNS if c not in ("closed", "bad_pages")]],
        fmt=fmt,
        title=f"import run {run_id}: {status}" + (f" ({skipped} rows skipped)" if skipped else ""),
        json_payload={"run_id": run_id, "status": status, "skipped": skipped, "sources": rows},
    )
