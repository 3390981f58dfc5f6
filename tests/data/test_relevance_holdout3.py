"""The third unseen relevance title set (tests/data/relevance_holdout3.csv) keeps its shape.

The set was written and labelled by helper s13titles3 in session 13, from DOMAIN.md, DESIGN.md and
the first section of docs/relevance.md, before the filter was run on it and without reading the
other title sets' rows; docs/relevance.md "Measurement" gives its first score. These tests check the
file and that bench.relevance never prints its titles; nothing here asks the filter, so no test can
be tuned to the set's answers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import bench.relevance
from tests.data._relevance_csv import check_mix, check_no_repeats, check_shape, key, rows

DATA = Path(__file__).resolve().parent
HOLDOUT3 = DATA / "relevance_holdout3.csv"


def test_holdout3_has_the_columns_and_at_least_200_labelled_rows() -> None:
    check_shape(HOLDOUT3, "holdout3")


def test_holdout3_mixes_relevant_titles_and_hard_negatives() -> None:
    check_mix(HOLDOUT3)


def test_holdout3_repeats_no_title_and_context_of_its_own_or_of_another_relevance_set() -> None:
    check_no_repeats(HOLDOUT3)
    holdout3 = [key(row) for row in rows(HOLDOUT3)]
    # Every other relevance set: the tuned one, the retired ones and the other unseen ones. Report
    # only how many rows are shared and with which file, never the rows: an unseen set must not be
    # shown here, and the others' rows need not be.
    for other in sorted(DATA.glob("relevance_*.csv")):
        if other == HOLDOUT3:
            continue
        keys = {key(row) for row in rows(other)}
        shared = sum(k in keys for k in holdout3)
        assert shared == 0, f"{shared} rows of {HOLDOUT3.name} repeat rows of {other.name}"


def test_bench_prints_holdout3_counts_but_never_its_titles(
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
    # the retired seen12 set lists its misses, and may share generic titles with this one
    monkeypatch.setattr(bench.relevance, "SEEN12", tmp_path / "no-seen12.csv")
    monkeypatch.setattr(bench.relevance, "SEEN13", tmp_path / "no-seen13.csv")
    monkeypatch.setattr(bench.relevance._relevance, "is_relevant", lambda title, text="": False)
    bench.relevance.main()
    out = capsys.readouterr().out
    assert "Stand-in Title A" in out  # seen splits still list their misses
    holdout3_line = next(line for line in out.splitlines() if line.startswith("holdout3 "))
    written = rows(HOLDOUT3)
    relevant = sum(row["relevant"] == "1" for row in written)
    # rows, tp, fp, fn: everything rejected, so every relevant row is a false negative.
    assert holdout3_line.split()[1:5] == [str(len(written)), "0", "0", str(relevant)]
    for row in written:
        assert f"miss: {row['title']!r}" not in out
