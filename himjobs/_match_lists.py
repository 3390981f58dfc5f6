"""What `himjobs match` prints: the postings you qualify for in two headed groups, with honest
counts.

A posting you qualify for either fits everything you asked for (your requirements and your
preferences: shift, job type, workplace) or breaks a preference; a list that called both "you
qualify" listed night jobs to someone who asked for days. So the first group fits, the second
(headed, each with the reason) breaks a preference, and `--strict` keeps the first only. Within
a group the order is the score's, the same order as the web page, JSON and Store.matches.
Every heading says how many are shown of how many ("showing 25 of 84").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from himjobs._distance import miles_text
from himjobs._output import Format, emit, paragraphs, write
from himjobs._present import (
    FACT_COLUMNS,
    VERDICT_COLUMNS,
    fact_cells,
    match_row,
    verdict_cells,
    verdict_lists,
)
from himjobs._requirements import verdict_rows
from schemas import MatchResult

COLUMNS = ["id", "title", "employer", "where", "pay_per_hour", "score", "breaks", "notes"]
CSV_COLUMNS = [
    "kind",
    "id",
    "title",
    "employer",
    "where",
    "pay_per_hour",
    "verdicts",
    "score",
    "fits_preferences",
    *FACT_COLUMNS,
    "eligible",
    *VERDICT_COLUMNS.values(),
    "missing",
    "unknown",
    "relaxed",
    "url",
]
MARK = {"not_met": "✘", "unknown": "?"}


@dataclass
class Lists:
    """Every scored match split in the two groups, and the near misses (all in score order)."""

    fits: list[MatchResult]
    breaks: list[MatchResult]
    near: list[MatchResult]
    complete: bool
    strict: bool = False
    limit: int = 25
    since: datetime | None = None
    run_id: int | None = None
    today: datetime | None = None
    #: postings left out as farther than max_miles
    far: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def split(cls, found: Any, **kw: Any) -> Lists:
        matches = list(found.matches)
        return cls(
            fits=[r for r in matches if not r.relaxed],
            breaks=[r for r in matches if r.relaxed],
            near=list(found.near_misses),
            complete=bool(found.complete),
            **kw,
        )

    def shown_matches(self) -> list[MatchResult]:
        """The matches a tool gets (JSON, CSV, --notify): the best ``limit`` by score, or the
        best ``limit`` that fit everything with --strict."""
        if self.strict:
            return self.fits[: self.limit]
        return sorted(self.fits + self.breaks, key=lambda r: -r.score)[: self.limit]


def notes(result: MatchResult, *, skip: list[str] | None = None) -> str:
    """Every requirement or preference not met or not known, one explanation each."""
    return "\n".join(
        f"{MARK[v.status]} {v.explanation}"
        for v in result.verdicts
        if v.status in MARK and v.explanation not in (skip or [])
    )


def result_json(result: MatchResult, kind: str) -> dict[str, Any]:
    row = match_row(result)
    row.pop("verdicts")
    row.update(verdict_lists(result))  # JSON keeps each explanation a string of its own
    row["kind"] = kind
    row["fits_preferences"] = not result.relaxed
    away = miles_text(result)
    row["miles"] = int(away.split()[0]) if away else None
    if result.posting is not None:
        row["source"], row["external_id"] = result.posting.source, result.posting.external_id
    row["verdicts"] = verdict_rows(result)  # the rows the web page shows (himjobs._requirements)
    return row


def _counts(lists: Lists) -> dict[str, int]:
    return {
        "matches": len(lists.fits) + len(lists.breaks),
        "fit_preferences": len(lists.fits),
        "break_preferences": len(lists.breaks),
        "near_misses": len(lists.near),
    }


def _row(result: MatchResult) -> dict[str, Any]:
    row = match_row(result)
    away = miles_text(result)
    return {
        **row,
        "where": f"{row['where']} ({away})" if away else row["where"],
        "breaks": "\n".join(result.relaxed),
        "notes": notes(result, skip=result.relaxed),
    }


def _of(shown: int, total: int, complete: bool) -> str:
    return f"showing {shown} of {total if complete else f'at least {total}'}"


def _table(title: str, results: list[MatchResult], lists: Lists, *, best_first: bool) -> None:
    """One table of ``results`` (the first --limit of them), after a blank line."""
    shown = results[: lists.limit]
    order = ", best score first" if best_first else ""
    write("")
    emit(
        [_row(r) for r in shown],
        columns=COLUMNS,
        fmt=Format.table,
        title=f"{title} ({_of(len(shown), len(results), lists.complete)}{order})",
    )


def print_lists(lists: Lists, fmt: Format, *, near_misses: bool) -> None:
    matches = lists.shown_matches()
    near = lists.near[: lists.limit]
    if fmt is Format.json:
        payload = {
            "new_since": lists.since.isoformat() if lists.since else None,
            "today": lists.today.date().isoformat() if lists.today else None,
            "complete": lists.complete,
            "strict": lists.strict,
            "counts": _counts(lists),
            "matches": [result_json(r, "match") for r in matches],
            "near_misses": [result_json(r, "near_miss") for r in near],
        }
        emit([], columns=[], fmt=fmt, json_payload=payload)
        return
    if fmt is Format.csv:
        kinds = [("match", matches), ("near_miss", near)]
        rows = [
            {
                **match_row(r),
                **fact_cells(r.posting),
                **verdict_cells(r),
                "kind": kind,
                "fits_preferences": "no" if r.relaxed else "yes",
            }
            for kind, results in kinds
            for r in results
        ]
        emit(rows, columns=CSV_COLUMNS, fmt=fmt)
        return
    _print_table(lists, near_misses=near_misses)


def _print_table(lists: Lists, *, near_misses: bool) -> None:
    c = lists.complete
    total = len(lists.fits) + len(lists.breaks)
    scope = ""
    if lists.since:
        scope = f", first seen since crawl run {lists.run_id} ({lists.since:%Y-%m-%d %H:%M} UTC)"
    if lists.today:
        scope += f", as on {lists.today:%Y-%m-%d}"
    count = f"{total}" if c else f"at least {total}"
    paragraphs(
        f"You qualify for {count} postings{scope}: {len(lists.fits)} fit everything you asked "
        f"for, {len(lists.breaks)} break a preference."
        + (f" {lists.far} more are farther than your max_miles." if lists.far else "")
    )
    _table("Fit your requirements and preferences", lists.fits, lists, best_first=True)
    if lists.strict:
        if lists.breaks:
            write(f"\n{len(lists.breaks)} more break a preference (left out by --strict).")
    elif lists.breaks:
        _table("Break a preference, reason under 'breaks'", lists.breaks, lists, best_first=True)
    if near_misses and lists.near:
        _table("Near misses, missing one required item", lists.near, lists, best_first=False)
    if not c:
        write("")
        paragraphs(
            "More postings qualify than were scored: these are the best of the newest "
            "ones. Raise --pool to score more."
        )
