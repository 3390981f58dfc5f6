"""bench.accuracy scores each labelled file as its own part and never prints the unseen ids."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bench.accuracy import REAL_PART, main, part_of, score_file, table_groups

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


@pytest.mark.parametrize("stem", ["holdout27", "holdout28"])
def test_named_unseen_parts_hide_their_ids(tmp_path: Path, stem: str) -> None:
    """holdout27.yaml (session 17, s17hold) and holdout28.yaml (session 18, s18hold) are unseen
    like holdout.yaml, each under its own part name: miss counts, never case ids (holdout24.yaml
    was retired to seen24.yaml in session 16, holdout25.yaml to seen25.yaml in session 17,
    holdout26.yaml to seen26.yaml in session 18)."""
    assert part_of(Path(f"{stem}.yaml")) == (f"{stem} (UNSEEN)", False)
    result = score_file(_write(tmp_path / f"{stem}.yaml"))
    assert result["misses"]["pay"] == 1
    assert result["failures"] == []
    assert "x-1" not in repr(result)


def test_tables_fit_80_columns_with_a_legend(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = ("dev.yaml", "eval.yaml", "field15.yaml", "field16.yaml", "paths.yaml")
    files = [_write(tmp_path / n) for n in (*names, "probe15.yaml", "extra_set.yaml")]
    files.append(_write(tmp_path / "holdout.yaml"))
    assert main(["--real", str(tmp_path / "absent"), *map(str, files)]) == 0
    out = capsys.readouterr().out
    # (the skip note names a temporary path of any length)
    table = [line for line in out.splitlines() if not line.startswith("real column skipped")]
    assert max(len(line) for line in table) <= 80
    # seven sets of ours: two tables of at most six columns, then the unseen one
    assert out.count("extract accuracy: our labelled sets") == 2
    assert "extract accuracy: unseen and real" in out
    for short in ("dev", "eval", "f15", "f16", "paths", "p15", "extra_s", "HOLDOUT"):
        assert f" {short} " in out or f" {short}\n" in out
    assert "f16 = field16.yaml" in out and "HOLDOUT = holdout.yaml, UNSEEN" in out
    assert "x-1" not in out  # no ids without --misses


def test_six_longer_names_are_never_cut_to_fit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Six columns named like the retired sets (seen18 ... seen23) do not fit 80 columns beside the
    field names: rich had shrunk some to "seen…"; they go on to another table instead."""
    stems = ("seen18", "seen19", "seen20", "seen21", "seen22", "seen23")
    files = [str(_write(tmp_path / f"{stem}.yaml")) for stem in stems]
    assert main(["--real", str(tmp_path / "absent"), *files]) == 0
    out = capsys.readouterr().out
    table = [line for line in out.splitlines() if not line.startswith("real column skipped")]
    assert max(len(line) for line in table) <= 80
    assert "…" not in out
    assert out.count("extract accuracy: our labelled sets") == 2
    for stem in stems:
        assert f" {stem} " in out or f" {stem}\n" in out


def test_groups_put_the_judged_parts_last() -> None:
    files = ["dev.yaml", "holdout.yaml", "field16.yaml", "real"]
    results = [
        {"file": f, "part": REAL_PART if f == "real" else part_of(Path(f))[0]} for f in files
    ]
    groups = table_groups(results)
    assert [[r["file"] for r in rs] for _, rs in groups] == [
        ["dev.yaml", "field16.yaml"],
        ["holdout.yaml", "real"],
    ]


def test_an_unlisted_holdout_file_is_unseen(tmp_path: Path) -> None:
    result = score_file(_write(tmp_path / "holdout17.yaml"))
    assert result["misses"]["pay"] == 1
    assert "x-1" not in repr(result)
    assert table_groups([result])[0][0] == "unseen and real"


@pytest.mark.parametrize(
    "stem", ["seen16", "seen17", "seen18", "seen19", "seen20", "seen21", "seen22", "seen23"]
)
def test_retired_holdout_parts_show_their_ids(tmp_path: Path, stem: str) -> None:
    """seen16.yaml and seen17.yaml were unseen until session 9, seen18.yaml until session 10,
    seen19.yaml until session 11, seen20.yaml until session 12, seen21.yaml until session 13,
    seen22.yaml until session 14, seen23.yaml until session 15; now they are development sets whose
    missed ids are listed like dev.yaml's."""
    assert part_of(Path(f"{stem}.yaml"))[1] is True
    result = score_file(_write(tmp_path / f"{stem}.yaml"))
    assert result["misses"]["pay"] == ["x-1"]


@pytest.mark.parametrize(
    "stem", ["blind24", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31"]
)
def test_the_blind_development_sets_show_their_ids(tmp_path: Path, stem: str) -> None:
    """blind24.yaml (session 14), blind26.yaml (session 16), blind27.yaml and blind28.yaml
    (session 17), blind29.yaml, blind30.yaml and blind31.yaml (session 18) were written blind
    but are development sets from the start: each first score is the only blind figure, and
    their missed ids are listed like dev.yaml's."""
    assert part_of(Path(f"{stem}.yaml"))[1] is True
    result = score_file(_write(tmp_path / f"{stem}.yaml"))
    assert result["misses"]["pay"] == ["x-1"]
    assert table_groups([result])[0][0] != "unseen and real"
