"""bench.accuracy scores each labelled file as its own part and never prints the unseen ids."""

from __future__ import annotations

from pathlib import Path

import yaml

from bench.accuracy import part_of, score_file

CASE = {
    "id": "x-1",
    "style": "clinic",
    "title": "Medical Records Clerk",
    "text": "Medical Records Clerk. High school diploma required.",
    "expected": {
        "education_required": "high_school",
        "education_preferred": None,
        "education_substitutable": False,
        "experience_years_required": None,
        "experience_years_preferred": None,
        "certifications": [],
        "employment_types": [],
        "workplace": None,
        "shifts": [],
        # A label the text cannot give, so the case misses on pay in every part.
        "pay": {"min": 99.0, "max": 99.0, "period": "hour"},
        "skills": [],
    },
}


def _write(path: Path) -> Path:
    path.write_text(yaml.safe_dump([CASE]), encoding="utf-8")
    return path


def test_parts_are_labelled() -> None:
    assert part_of(Path("dev.yaml")) == ("dev (tuned on)", True)
    assert part_of(Path("eval.yaml"))[0] == "eval (seen, tuned on)"
    assert part_of(Path("holdout.yaml")) == ("holdout (UNSEEN)", False)


def test_unseen_part_reports_miss_counts_not_ids(tmp_path: Path) -> None:
    result = score_file(_write(tmp_path / "holdout.yaml"))
    assert result["part"] == "holdout (UNSEEN)"
    assert result["accuracy"]["pay"] == 0.0
    assert result["misses"]["pay"] == 1
    assert "x-1" not in repr(result)


def test_seen_parts_list_missed_ids(tmp_path: Path) -> None:
    result = score_file(_write(tmp_path / "dev.yaml"))
    assert result["misses"]["pay"] == ["x-1"]


def test_second_unseen_part_hides_its_ids(tmp_path: Path) -> None:
    """holdout16.yaml (session h15l) is unseen like holdout.yaml: miss counts, never case ids."""
    assert part_of(Path("holdout16.yaml")) == ("holdout16 (UNSEEN)", False)
    result = score_file(_write(tmp_path / "holdout16.yaml"))
    assert result["misses"]["pay"] == 1
    assert result["failures"] == []
    assert "x-1" not in repr(result)
