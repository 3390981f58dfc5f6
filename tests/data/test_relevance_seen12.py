"""The retired title set (tests/data/relevance_seen12.csv) keeps its shape.

Helper s12titles wrote and labelled the set in session 12, from DOMAIN.md and DESIGN.md, before the
filter was run on it; it was the unseen "holdout" split until its first score (precision 0.972,
recall 0.936, docs/relevance.md "Measurement") and was then retired to a seen split, so its misses
could be read and fixed by general rules. These tests check the file and how bench.relevance prints
seen and unseen splits.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import bench.relevance
from tests.data._relevance_csv import check_mix, check_no_repeats, check_shape, key, rows

DATA = Path(__file__).resolve().parent
SEEN12 = DATA / "relevance_seen12.csv"


def test_seen12_has_the_columns_and_at_least_200_labelled_rows() -> None:
    check_shape(SEEN12, "seen12")


def test_seen12_mixes_relevant_titles_and_hard_negatives() -> None:
    check_mix(SEEN12)


def test_seen12_repeats_no_title_and_context_of_its_own_or_of_the_titles_set() -> None:
    check_no_repeats(SEEN12)
    seen12 = [key(row) for row in rows(SEEN12)]
    titles = {key(row) for row in rows(DATA / "relevance_titles.csv")}
    shared = sorted(key for key in seen12 if key in titles)
    assert shared == []


def test_bench_lists_seen_misses_and_only_counts_an_unseen_set(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A filter that drops everything: every (relevant) row is a miss. Stand-in files only, so the
    # output names no real row and no unseen file of the repository is read.
    header = "title,context,relevant,note,split\n"
    titles = tmp_path / "relevance_titles.csv"
    titles.write_text(f"{header}Stand-in A,,1,,dev\nStand-in B,,1,,eval\n", encoding="utf-8")
    seen12 = tmp_path / "relevance_seen12.csv"
    seen12.write_text(f"{header}Stand-in C,,1,,seen12\n", encoding="utf-8")
    unseen = tmp_path / "relevance_holdout9.csv"
    unseen.write_text(
        f"{header}Stand-in D,,1,,holdout9\nStand-in E,,1,,holdout9\n", encoding="utf-8"
    )
    monkeypatch.setattr(bench.relevance, "DATA", titles)
    monkeypatch.setattr(bench.relevance, "DATA_DIR", tmp_path)
    monkeypatch.setattr(bench.relevance, "SEEN12", seen12)
    monkeypatch.setattr(bench.relevance, "SEEN13", tmp_path / "no-seen13.csv")
    monkeypatch.setattr(bench.relevance._relevance, "is_relevant", lambda title, text="": False)
    bench.relevance.main()
    out = capsys.readouterr().out
    for title in ("Stand-in A", "Stand-in B", "Stand-in C"):
        assert f"miss: {title!r}" in out
    assert "Stand-in D" not in out and "Stand-in E" not in out
    table = [line.split() for line in out.splitlines()[2:] if line[:1].isalpha()]
    rows_by_split = {cells[0]: cells[1] for cells in table}
    assert rows_by_split["seen12"] == "1"
    assert rows_by_split["holdout9"] == "2"
