"""`himjobs demo`: the main job on the bundled recorded sources, offline, into SQLite."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from himjobs._output import Format, console, emit
from himjobs._present import match_row
from himjobs.cli import app


@app.command()
def demo(
    db: Annotated[Path, typer.Option(help="SQLite file to (re)create.")] = Path("himjobs-demo.db"),
    limit: Annotated[int, typer.Option(min=1)] = 15,
) -> None:
    """Ingest the bundled recorded postings, match an example profile, print the results."""
    from himjobs._demo import DATA, run

    out = run(db)
    con = console()
    summary = Table(title="Recorded sources")
    for col in ("source", "seen", "kept (records roles)", "stored"):
        summary.add_column(col)
    for source, c in out["counts"].items():
        summary.add_row(source, str(c["seen"]), str(c["kept"]), str(c["stored"]))
    con.print(summary)
    cols = ["id", "title", "employer", "where", "pay_per_hour", "score", "unknown", "relaxed"]
    eligible = out["eligible"]
    emit(
        [match_row(r) for r in eligible[:limit]],
        columns=cols,
        fmt=Format.table,
        title=f"You qualify for {len(eligible)} postings (top {limit})",
    )
    near = out["near_misses"]
    emit(
        [match_row(r) for r in near[:limit]],
        columns=["id", "title", "employer", "where", "pay_per_hour", "missing"],
        fmt=Format.table,
        title=f"Near misses: {len(near)} postings missing one thing",
    )
    emit(
        [
            {
                "change": g.label,
                "more postings": g.postings,
                "median pay/hour": f"${g.median_hourly_pay:.2f}" if g.median_hourly_pay else "",
            }
            for g in out["gaps"][:8]
        ],
        columns=["change", "more postings", "median pay/hour"],
        fmt=Format.table,
        title="What would open more postings",
    )
    con.print(f"Database: {db} — try `himjobs search --db sqlite:///{db} --state TX`", markup=False)
    con.print(
        f"Your own profile: `himjobs match PROFILE.toml --db sqlite:///{db} --near-misses` and "
        f"`himjobs gaps PROFILE.toml --db sqlite:///{db}` (example: {DATA / 'profile.toml'})",
        highlight=False,
        markup=False,
    )
