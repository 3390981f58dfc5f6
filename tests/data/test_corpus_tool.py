"""bench.corpus: the inputs it reads (never an unseen set), its dump through the real
extractor, and the differences it reports between two dumps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import corpus as bc

POSTING = "Records clerk. High school diploma required. One year of records experience required."


def _tree(root: Path) -> None:
    sets = root / "tests" / "data" / "extraction"
    sets.mkdir(parents=True)
    entry = {"id": "x-1", "title": "Medical Records Clerk", "text": POSTING}
    (sets / "dev.yaml").write_text(json.dumps([entry]), encoding="utf-8")
    secret = {"id": "h-1", "text": "UNSEEN text that must never be read by the tool."}
    (sets / "holdout99.yaml").write_text(json.dumps([secret]), encoding="utf-8")
    (root / "tests" / "matcher").mkdir(parents=True)
    (root / "tests" / "matcher" / "test_x.py").write_text(
        'TEXT = "CPC required; two years of coding experience."\nID = "short"\n', encoding="utf-8"
    )
    (root / "tests" / "fixtures").mkdir(parents=True)
    (root / "himjobs" / "demo_data").mkdir(parents=True)


def test_the_corpus_reads_our_texts_and_never_an_unseen_set(tmp_path: Path) -> None:
    _tree(tmp_path)
    got = bc.corpus(tmp_path, tmp_path / "absent")
    texts = [item["text"] for item in got]
    assert POSTING in texts
    assert "CPC required; two years of coding experience." in texts
    assert not any("UNSEEN" in t for t in texts)
    assert "short" not in texts  # a literal under MIN_LITERAL characters


def test_dump_runs_the_extractor_and_diff_names_what_changed(tmp_path: Path) -> None:
    _tree(tmp_path)
    before = tmp_path / "before.jsonl"
    assert bc.dump(before, tmp_path, tmp_path / "absent") == 2
    rows = [json.loads(line) for line in before.read_text().splitlines()]
    [posting] = [r for r in rows if r["id"] == "x-1"]
    assert posting["out"]["experience_years_required"] == 1.0
    assert "evidence" not in posting["out"]
    after = tmp_path / "after.jsonl"
    posting["out"]["experience_years_required"] = 2.0
    after.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    changed, fields, lines = bc.diff(before, after)
    assert (changed, dict(fields)) == (1, {"experience_years_required": 1})
    assert lines == ["x-1", "  experience_years_required: 1.0 -> 2.0"]
    assert bc.diff(before, before)[0] == 0


def test_a_missing_dump_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bc.main(["diff", str(tmp_path / "nope.jsonl"), str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl: no such dump file" in capsys.readouterr().err
