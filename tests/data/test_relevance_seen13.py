"""The second retired title set (tests/data/relevance_seen13.csv) keeps its shape.

Helper s12titles2 wrote and labelled the set in session 12, from DOMAIN.md, DESIGN.md and the first
section of docs/relevance.md, before the filter was run on it; it was the unseen "holdout2" split
until session 13 (first score precision 0.934, recall 0.892; last 0.939 / 0.964, docs/relevance.md
"Measurement") and was then retired to a seen split, so its misses could be read and fixed by
general rules (tests/matcher/test_relevance_seen13.py). These tests check the file and that
bench.relevance lists its misses like any seen split's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import bench.relevance
from tests.data._relevance_csv import check_mix, check_no_repeats, check_shape, key, rows

DATA = Path(__file__).resolve().parent
SEEN13 = DATA / "relevance_seen13.csv"


def test_seen13_has_the_columns_and_at_least_200_labelled_rows() -> None:
    check_shape(SEEN13, "seen13")


def test_seen13_mixes_relevant_titles_and_hard_negatives() -> None:
    check_mix(SEEN13)


def test_seen13_repeats_no_title_and_context_of_its_own_or_of_the_other_seen_sets() -> None:
    check_no_repeats(SEEN13)
    seen13 = [key(row) for row in rows(SEEN13)]
    for other in ("relevance_titles.csv", "relevance_seen12.csv"):
        keys = {key(row) for row in rows(DATA / other)}
        assert sorted(k for k in seen13 if k in keys) == [], other


def test_bench_lists_seen13_misses_as_a_seen_split(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A filter that drops everything: every (relevant) row is a miss. Stand-in files only, so the
    # output names no real row and no unseen file of the repository is read.
    header = "title,context,relevant,note,split\n"
    titles = tmp_path / "relevance_titles.csv"
    titles.write_text(f"{header}Stand-in A,,1,,dev\n", encoding="utf-8")
    seen13 = tmp_path / "relevance_seen13.csv"
    seen13.write_text(f"{header}Stand-in F,,1,,seen13\nStand-in G,,0,,seen13\n", encoding="utf-8")
    monkeypatch.setattr(bench.relevance, "DATA", titles)
    monkeypatch.setattr(bench.relevance, "DATA_DIR", tmp_path)
    monkeypatch.setattr(bench.relevance, "SEEN12", tmp_path / "no-seen12.csv")
    monkeypatch.setattr(bench.relevance, "SEEN13", seen13)
    monkeypatch.setattr(bench.relevance._relevance, "is_relevant", lambda title, text="": False)
    bench.relevance.main()
    out = capsys.readouterr().out
    assert "miss: 'Stand-in F'" in out
    assert "Stand-in G" not in out  # a right answer is not listed
    table = [line.split() for line in out.splitlines()[2:] if line[:1].isalpha()]
    # rows, tp, fp, fn
    assert next(cells[1:5] for cells in table if cells[0] == "seen13") == ["2", "0", "0", "1"]
