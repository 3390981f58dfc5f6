"""bench.accuracy reads and scores the real federal set (../shared/real-postings), or skips.

The set lives outside the repository and is never copied into it. These tests check the loading and
the scoring code on it, not a quality figure: a label scored against itself is all hits, a label
scored against an empty reading misses exactly the fields the label fills.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.accuracy import REAL_DIR, load_real, main, real_label, score_cases, score_real
from schemas import CertificationRequirement, Pay, Requirements

needs_real = pytest.mark.skipif(
    not (REAL_DIR / "labels.jsonl").is_file(), reason=f"real set absent ({REAL_DIR})"
)


def _as_requirements(expected: dict) -> Requirements:
    return Requirements(
        **{k: v for k, v in expected.items() if k not in ("certifications", "pay")},
        certifications=[CertificationRequirement(**g) for g in expected["certifications"]],
        pay=None if expected["pay"] is None else Pay(**expected["pay"]),
    )


@needs_real
def test_real_set_loads_with_titles_texts_and_labels() -> None:
    cases = load_real()
    assert len(cases) >= 20
    ids = [c["id"] for c in cases]
    assert len(set(ids)) == len(ids)
    for case in cases:
        assert case["title"] and len(case["text"]) > 500
        assert not case["text"].startswith(("source:", "title:"))  # headers are not text
        _as_requirements(case["expected"])  # every label is a valid Requirements


@needs_real
def test_a_label_scored_against_itself_is_all_hits(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = load_real()
    truth = {c["text"]: _as_requirements(c["expected"]) for c in cases}
    monkeypatch.setattr("bench.accuracy.extract", lambda text, title=None, hints=None: truth[text])
    result = score_real()
    assert result is not None and result["cases"] == len(cases)
    assert "skills" not in result["accuracy"]  # not labelled in the real set
    assert set(result["accuracy"].values()) == {1.0}
    assert result["certifications_code_level"]["f1"] == 1.0


@needs_real
def test_an_empty_reading_misses_exactly_the_filled_fields(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cases = load_real()
    monkeypatch.setattr(
        "bench.accuracy.extract", lambda text, title=None, hints=None: Requirements()
    )
    result = score_cases(cases, name="real", part="real", show_ids=True, skip=("skills",))
    filled = [c for c in cases if c["expected"]["education_substitutable"]]
    assert result["misses"]["education_substitutable"] == [c["id"] for c in filled]
    with_certs = [c["id"] for c in cases if c["expected"]["certifications"]]
    assert result["misses"]["certifications"] == with_certs
    assert result["certifications_code_level"]["recall"] == (0.0 if with_certs else 1.0)


def test_real_label_maps_the_jsonl_fields() -> None:
    label = {
        "id": "x",
        "education_required": "high_school",
        "experience_years_required": 1,
        "certs_required": [["RHIT", "RHIA"]],
        "certs_preferred": [["CCS"]],
        "certs_within_months": {"RHIA": 12},
        "employment_type": ["full_time"],
        "workplace": "on_site",
        "shifts": [],
        "pay_min": 46949,
        "pay_max": 61031,
        "pay_period": "year",
    }
    exp = real_label(label)
    assert exp["certifications"] == [
        {"any_of": ["RHIT", "RHIA"], "level": "required", "within_months": 12},
        {"any_of": ["CCS"], "level": "preferred", "within_months": None},
    ]
    assert exp["employment_types"] == ["full_time"]
    assert exp["pay"] == {"min": 46949, "max": 61031, "period": "year"}
    assert real_label({"pay_min": None, "pay_max": None, "pay_period": None})["pay"] is None


def test_column_is_skipped_with_a_note_when_absent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert score_real(tmp_path) is None
    dev = Path(__file__).parent / "extraction" / "dev.yaml"
    assert main(["--real", str(tmp_path), str(dev)]) == 0
    out = capsys.readouterr().out
    assert "real column skipped" in out and "real federal" not in out


#: Real-set fields the issue 15 rules read (page furniture, boilerplate, credentials by body):
#: (posting id, field). Each is asserted against the posting's own label; the OR-path fields
#: (education / experience of "experience OR education" announcements) are not listed here.
FIXED_FIELDS = [
    ("r11", "employment_types"),  # seasonal influenza programme
    ("r11", "experience_years_required"),  # a 1 or 2-year trial period
    ("r13", "workplace"),  # "Remote job" / "No", telework ad hoc
    ("r13", "pay"),  # "$X to - $Y per year"
    ("r13", "employment_types"),
    ("r27", "employment_types"),  # a numbered tab menu naming "Benefits"
    ("r27", "pay"),
    ("r31", "education_required"),  # the GED spelled out
    ("r31", "employment_types"),  # other employees' temporary appointments
    ("r31", "experience_years_required"),
    ("r35", "certifications"),  # "must meet one of the following", named by body, CHDA
    ("r37", "certifications"),
    ("r39", "certifications"),
]


@needs_real
@pytest.mark.parametrize(("ident", "field"), FIXED_FIELDS)
def test_real_posting_field(ident: str, field: str) -> None:
    from bench.accuracy import field_matches, run_case

    case = next(c for c in load_real() if c["id"] == ident)
    assert field_matches(case["expected"], run_case(case))[field]
