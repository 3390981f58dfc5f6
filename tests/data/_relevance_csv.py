"""Shared checks of the written title sets (relevance_seen12.csv, relevance_seen13.csv and the
unseen relevance_holdout*.csv): their columns, labels and split, their mix of relevant titles and
hard negatives, and no repeated (title, context). The checks read only the files, never the
filter's answers."""

from __future__ import annotations

import csv
from pathlib import Path

COLUMNS = ["title", "context", "relevant", "note", "split"]


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def key(row: dict[str, str]) -> tuple[str, str]:
    """A row's title and context, case and spacing folded."""
    return (" ".join(row["title"].casefold().split()), " ".join(row["context"].casefold().split()))


def check_shape(path: Path, split: str) -> None:
    """The header, 200+ rows, a title, a 0/1 label and the split on each."""
    with path.open(newline="", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == COLUMNS
    found = rows(path)
    assert len(found) >= 200
    for row in found:
        assert row["title"].strip(), row
        assert row["relevant"] in ("0", "1"), row
        assert row["split"] == split, row


def check_mix(path: Path) -> None:
    """About 55% relevant, 45% negatives; borderline rows (marked in the note with their reason)
    under 10%, so the score is about clear cases."""
    found = rows(path)
    relevant = sum(row["relevant"] == "1" for row in found) / len(found)
    assert 0.45 <= relevant <= 0.65
    borderline = [row for row in found if row["note"].startswith("borderline:")]
    assert len(borderline) < 0.10 * len(found)
    for row in borderline:
        assert len(row["note"]) > len("borderline: ") + 20, row  # the decision has its reason


def check_no_repeats(path: Path) -> None:
    keys = [key(row) for row in rows(path)]
    assert len(set(keys)) == len(keys)
