"""`himjobs demo`: the main job on the bundled recorded sources, offline, into SQLite."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from himjobs._output import Format, emit, paragraphs
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
    emit(
        [{"source": source, "seen": c["seen"], "kept_(records_roles)": c["kept"],
          "stored": c["stored"]} for source, c in out["counts"].items()],
        columns=["source", "seen", "kept_(records_roles)", "stored"], fmt=Format.table,
        title="Recorded sources",
    )  # fmt: skip
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
        [{"change": g.label, "more postings": g.postings,
          "median pay/hour": f"${g.median_hourly_pay:.2f}" if g.median_hourly_pay else ""}
         for g in out["gaps"][:8]],
        columns=["change", "more postings", "median pay/hour"], fmt=Format.table,
        title="What would open more postings",
    )  # fmt: skip
    paragraphs(f"Database: {db} — try `himjobs search --db sqlite:///{db} --state TX`")
    paragraphs(
        f"Your own profile: `himjobs match PROFILE.toml --db sqlite:///{db} --near-misses` and "
        f"`himjobs gaps PROFILE.toml --db sqlite:///{db}` (example: {DATA / 'profile.toml'})"
    )
