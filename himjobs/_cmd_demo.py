"""`himjobs demo`: the main job on the bundled recorded sources, offline, into SQLite.

After the crawl it prints exactly what `himjobs match` and `himjobs gaps` print on the demo
database, under the command lines that reproduce them. The recorded postings are read as on
the day they were recorded (closing dates, "posted N days ago"), so the commands carry
`--today` with that day; without it they read closing dates against today's date.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from himjobs._cmd_match import print_gaps
from himjobs._match_lists import Lists, print_lists
from himjobs._output import Format, command_line, emit, paragraphs, write
from himjobs.cli import app


@app.command()
def demo(
    db: Annotated[Path, typer.Option(help="SQLite file to (re)create.")] = Path("himjobs-demo.db"),
    limit: Annotated[int, typer.Option(min=1, help="Rows per list.")] = 15,
) -> None:
    """Crawl the bundled recorded postings, match an example profile, print the results."""
    from himjobs._demo import DATA, RECORDED_AT, SITE, run

    out = run(db)
    emit(
        [
            {
                "source": source,
                "seen": c["seen"],
                "kept_(records_roles)": c["kept"],
                "stored": c["stored"],
            }
            for source, c in out["counts"].items()
        ],
        columns=["source", "seen", "kept_(records_roles)", "stored"],
        fmt=Format.table,
        title="Recorded sources",
    )
    day = f"{RECORDED_AT:%Y-%m-%d}"
    profile = str(DATA / "profile.toml")
    common = ["--db", str(db), "--today", day]
    write("")
    paragraphs(
        f"The postings were recorded on {day}; the commands below read them as on that day "
        "(--today), so they print what follows. Without --today, closing dates are read "
        "against today's date and fewer postings are open."
    )
    write("")
    write(
        command_line(["himjobs", "match", profile, *common, "--near-misses", "--limit", str(limit)])
    )
    lists = Lists.split(out["found"], limit=limit, today=RECORDED_AT, far=out["far"])
    print_lists(lists, Format.table, near_misses=True)
    write("")
    write(command_line(["himjobs", "gaps", profile, *common, "--limit", "8"]))
    print_gaps(out["gaps"][:8], Format.table)
    write("")
    # one command a line, whole, so each can be copied (wrapped prose would split them)
    write("Try also:")
    write(command_line(["himjobs", "search", *common, "--state", "TX"]))
    write(command_line(["himjobs", "serve", "--db", str(db)]))
    paragraphs(f"or match your own profile: a copy of {profile}, edited.")
    write("")
    paragraphs(
        "The demo's employers and postings are made up: each posting links to the page it was "
        f"recorded from, under {SITE}/, which `himjobs serve` shows while it runs."
    )
