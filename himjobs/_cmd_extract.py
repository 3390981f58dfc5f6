"""`himjobs extract FILE|-`: the requirements a posting states, with the evidence for each."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from himjobs._output import Format, emit
from himjobs._requirements import readable_rows, requirement_rows
from himjobs.cli import FormatOption, app, read_input


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="A posting as text or HTML; - reads stdin.")],
    title: Annotated[str | None, typer.Option(help="The posting's job title.")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Read a posting's requirements (education, credentials, experience, shift, pay...)."""
    from matcher import extract as run_extract

    text = read_input(file)
    req = run_extract(text, title=title)
    if fmt is Format.json:
        sys.stdout.write(req.model_dump_json(indent=2) + "\n")
        return
    # the text, for the sentence each skill came from (as `himjobs show` quotes them)
    rows = requirement_rows(req, text=text)
    if fmt is Format.table:
        emit(
            readable_rows(rows),
            columns=["field", "value", "level", "evidence"],
            fmt=fmt,
            title="Requirements",
        )
    else:
        emit(
            rows,
            columns=["field", "value", "level", "from", "evidence"],
            fmt=fmt,
            title="Requirements",
        )
    if not rows and fmt is Format.table:
        typer.echo("The posting states none of the requirements himjobs reads.")
