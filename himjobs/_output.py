"""Render rows for people (a table, or one block per row) or for tools (JSON, CSV) on stdout.

For people the output must read at any width and in a pipe without splitting a word:

- the rows are a table only when every cell fits its column whole; a table drawn with box
  characters on a terminal, plain columns separated by spaces when stdout is not a terminal
  (a file, `less`, `grep`);
- when the width cannot hold the table, each row is one block: its first columns as a heading,
  then one "label: value" line per other column, wrapped between words.

The width is the terminal's, or $COLUMNS, or 80 when stdout is not a terminal.
"""

from __future__ import annotations

import csv
import enum
import json
import shutil
import sys
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text


class Format(enum.StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


#: Columns joined into a block's heading line ("410  Medical Records Clerk").
HEADING_COLUMNS = ("id", "title", "source", "change", "field")
#: Spaces between the columns of a plain (not a terminal) table.
GAP = 2


def console() -> Console:
    return Console(soft_wrap=False, highlight=False)


def err_console() -> Console:
    return Console(stderr=True)


def width() -> int:
    """Columns available: the terminal's, else $COLUMNS, else 80."""
    return max(shutil.get_terminal_size((80, 24)).columns, 20)


def is_terminal() -> bool:
    return sys.stdout.isatty()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _label(column: str) -> str:
    return column.replace("_", " ")


def _wrap(text: str, width_: int, indent: str) -> list[str]:
    """Lines of ``text`` (each of its own lines wrapped between words, never inside one)."""
    out: list[str] = []
    for line in text.splitlines() or [""]:
        out += textwrap.wrap(
            line,
            width=width_,
            initial_indent=indent,
            subsequent_indent=indent + "  ",
            break_long_words=False,
            break_on_hyphens=False,
        ) or [indent]
    return out


def _natural_widths(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> list[int]:
    return [
        max([len(_label(c))] + [len(line) for r in rows for line in _cell(r.get(c)).splitlines()])
        for c in columns
    ]


def _fits(widths: Sequence[int], *, boxed: bool) -> bool:
    # a rich box table spends 3 columns per cell (border and padding) and 1 at the end
    used = sum(widths) + (3 * len(widths) + 1 if boxed else GAP * (len(widths) - 1))
    return used <= width()


def _plain_table(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[str], widths: list[int]
) -> str:
    def line(cells: Sequence[str]) -> str:
        return (" " * GAP).join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line([_label(c) for c in columns]), line(["-" * w for w in widths])]
    for row in rows:
        cells = [_cell(row.get(c)).splitlines() or [""] for c in columns]
        for i in range(max(len(c) for c in cells)):
            out.append(line([c[i] if i < len(c) else "" for c in cells]))
    return "\n".join(out)


def blocks(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """One block per row: heading from the id/title columns, then "label: value" lines."""
    head = [c for c in columns if c in HEADING_COLUMNS][:2]
    rest = [c for c in columns if c not in head]
    pad = max((len(_label(c)) for c in rest), default=0) + 4
    indent = " " * (pad + 1)
    out: list[str] = []
    for row in rows:
        heading = "  ".join(_cell(row.get(c)) for c in head if _cell(row.get(c)))
        if head == ["id"]:  # a lone number heads nothing a reader can name: "id 3"
            heading = f"id {heading}"
        if heading:
            out += _wrap(heading, width(), "")
        for c in rest:
            value = _cell(row.get(c))
            for i, text in enumerate(value.splitlines()):
                first = f"  {_label(c)}:".ljust(pad) + " " if i == 0 else indent
                out += textwrap.wrap(
                    text,
                    width=width(),
                    initial_indent=first,
                    subsequent_indent=indent,
                    break_long_words=False,
                    break_on_hyphens=False,
                ) or [first.rstrip()]
        out.append("")
    return "\n".join(out).rstrip("\n")


def command_line(argv: Sequence[str]) -> str:
    """A shell command to copy, wrapped with backslash continuations at the output width."""
    import shlex

    lines = ["$"]
    for word in (shlex.quote(a) for a in argv):
        if len(lines[-1]) + 1 + len(word) > width() - 2 and lines[-1].strip() not in ("", "$"):
            lines[-1] += " \\"
            lines.append("   ")
        lines[-1] += " " + word
    return "\n".join(lines)


def write(text: str) -> None:
    sys.stdout.write(text + "\n")


def paragraphs(text: str, *, hanging: int = 0) -> None:
    """Running text (a posting's description) wrapped between words at the output width;
    ``hanging`` indents the lines after each paragraph's first, so a wrapped item of a list
    does not read as the next item."""
    lines = [
        "\n".join(
            textwrap.wrap(
                line,
                width(),
                subsequent_indent=" " * hanging,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
        for line in text.splitlines()
    ]
    write("\n".join(lines))


def emit(
    rows: Sequence[Mapping[str, Any]],
    *,
    columns: Sequence[str],
    fmt: Format,
    title: str | None = None,
    json_payload: Any = None,
) -> None:
    """Print rows as a table or blocks, JSON (``json_payload`` if given, else the rows) or CSV."""
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
    table(rows, columns=columns, title=title)


def table(rows: Sequence[Mapping[str, Any]], *, columns: Sequence[str], title: str | None) -> None:
    """Rows for people: a table when it fits whole, else one block per row."""
    if title:
        paragraphs(title)
    if not rows:
        return
    widths = _natural_widths(rows, columns)
    boxed = is_terminal()
    if not _fits(widths, boxed=boxed):
        write(("\n" if title else "") + blocks(rows, columns))
        return
    if not boxed:
        write(_plain_table(rows, columns, widths))
        return
    grid = Table(show_lines=False)
    for c in columns:
        grid.add_column(_label(c), no_wrap=True)
    for row in rows:
        # As Text, scraped titles and user input are never read as rich markup: "[/b]" cannot
        # crash a table and "[link=javascript:...]" cannot become a terminal link.
        grid.add_row(*(Text(_cell(row.get(c))) for c in columns))
    console().print(grid)


def key_values(pairs: Iterable[tuple[str, Any]], *, title: str | None = None) -> None:
    """ "field: value" lines, values wrapped between words under their label."""
    items = [(k, _cell(v)) for k, v in pairs if _cell(v)]
    if title:
        paragraphs(title)
    pad = max((len(k) for k, _ in items), default=0) + 2
    out: list[str] = []
    for key, value in items:
        label = f"{key}:".ljust(pad)
        avail = max(width() - pad, 20)
        lines = textwrap.wrap(value, width=avail, break_long_words=False, break_on_hyphens=False)
        out.append(label + (lines[0] if lines else ""))
        out += [" " * pad + ln for ln in lines[1:]]
    write("\n".join(out))
