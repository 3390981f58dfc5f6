"""The second unseen relevance title set (tests/data/relevance_holdout2.csv) keeps its shape.

The set was written and labelled by helper s12titles2 in session 12, from DOMAIN.md, DESIGN.md and
the first section of docs/relevance.md, before the filter was run on it; docs/relevance.md
"Measurement" gives its first score. These tests check the file and that bench.relevance never
prints its titles; nothing here asks the filter, so no test can be tuned to the set's answers.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import bench.relevance

DATA = Path(__file__).resolve().parent
HOLDOUT2 = DATA / "relevance_holdout2.csv"
COLUMNS = ["title", "context", "relevant", "note", "split"]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _key(row: dict[str, str]) -> tuple[str, str]:
    return (" ".join(row["title"].casefold().split()), " ".join(row["context"].casefold().split()))


def test_holdout2_has_the_columns_and_at_least_200_labelled_rows() -> None:
    with HOLDOUT2.open(newline="", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == COLUMNS
    rows = _rows(HOLDOUT2)
    assert len(rows) >= 200
    for row in rows:
        assert row["title"].strip(), row
        assert row["relevant"] in ("0", "1"), row
        assert row["split"] == "holdout2", row


def test_holdout2_mixes_relevant_titles_and_hard_negatives() -> None:
    # The brief: about 55% relevant, 45% negatives; borderline rows (marked in the note with their
    # reason) stay under 10% so the score is about clear cases.
    rows = _rows(HOLDOUT2)
    relevant = sum(row["relevant"] == "1" for row in rows) / len(rows)
    assert 0.45 <= relevant <= 0.65
    borderline = [row for row in rows if row["note"].startswith("borderline:")]
    assert len(borderline) < 0.10 * len(rows)
    for row in borderline:
        assert len(row["note"]) > len("borderline: ") + 20, row  # the decision has its reason


def test_holdout2_repeats_no_title_and_context_of_its_own_or_of_another_relevance_set() -> None:
    holdout2 = [_key(row) for row in _rows(HOLDOUT2)]
    assert len(set(holdout2)) == len(holdout2)
    # Every other relevance set: the tuned one and the first unseen set (under whatever name it is
    # retired). Report only how many rows are shared and with which file, never the rows: the
    # first holdout must not be shown here, and the tuned set's rows need not be.
    for other in sorted(DATA.glob("relevance_*.csv")):
        if other == HOLDOUT2:
            continue
        keys = {_key(row) for row in _rows(other)}
        shared = sum(key in keys for key in holdout2)
        assert shared == 0, f"{shared} rows of {HOLDOUT2.name} repeat rows of {other.name}"


def test_bench_prints_holdout2_counts_but_never_its_titles(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A filter that answers everything wrongly: every row is a miss, and only seen splits may show
    # theirs. The seen set is a two-row stand-in so the output names no row of the real one.
    seen = tmp_path / "seen.csv"
    seen.write_text(
        "title,context,relevant,note,split\nStand-in Title A,,1,,dev\nStand-in Title B,,0,,eval\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(bench.relevance, "DATA", seen)
    # the retired seen12 set lists its misses, and shares a few generic titles with this one
    monkeypatch.setattr(bench.relevance, "SEEN12", tmp_path / "no-seen12.csv")
    monkeypatch.setattr(bench.relevance._relevance, "is_relevant", lambda title, text="": False)
    bench.relevance.main()
    out = capsys.readouterr().out
    assert "Stand-in Title A" in out  # seen splits still list their misses
    holdout2_line = next(line for line in out.splitlines() if line.startswith("holdout2 "))
    rows = _rows(HOLDOUT2)
    relevant = sum(row["relevant"] == "1" for row in rows)
    # rows, tp, fp, fn: everything rejected, so every relevant row is a false negative.
    assert holdout2_line.split()[1:5] == [str(len(rows)), "0", "0", str(relevant)]
    for row in rows:
        assert f"miss: {row['title']!r}" not in out
