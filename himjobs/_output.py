"""Render rows for people (a rich table) or for tools (JSON, CSV) on stdout."""

from __future__ import annotations

import csv
import enum
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text


class Format(enum.StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def console() -> Console:
    return Console(soft_wrap=False)


def err_console() -> Console:
    return Console(stderr=True)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _plain(value: Any) -> Text:
    # Cells hold scraped titles and user input: as Text they are never read as rich markup, so
    # "[/b]" cannot crash a table and "[link=javascript:...]" cannot become a terminal link.
    return Text(_cell(value))


def emit(
    rows: Sequence[Mapping[str, Any]],
    *,
    columns: Sequence[str],
    fmt: Format,
    title: str | None = None,
    json_payload: Any = None,
) -> None:
    """Print rows as a table, JSON (``json_payload`` if given, else the rows) or CSV."""
    if fmt is Format.json:
        payload = json_payload if json_payload is not None else list(rows)
        sys.stdout.write(json.dumps(payload, indent=2, default=str, ensure_ascii=False) + "\n")
        return
    if fmt is Format.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: _cell(row.get(c)) for c in columns})
        return
    table = Table(title=Text(title) if title else None, show_lines=False)
    for c in columns:
        table.add_column(c.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*(_plain(row.get(c)) for c in columns))
    console().print(table)


def key_values(pairs: Iterable[tuple[str, Any]], *, title: str | None = None) -> None:
    table = Table(title=Text(title) if title else None, show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    for k, v in pairs:
        table.add_row(k, _plain(v))
    console().print(table)
