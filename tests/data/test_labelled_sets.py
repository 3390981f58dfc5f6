"""The labelled extraction sets (tests/data/extraction/*.yaml) are well formed.

Every entry must carry the agreed keys, its `expected` must be a valid schemas.Requirements written
out in full (no key left to a default), its `hints` a valid schemas.Hints that the expected values
follow, and ids must be unique across all sets, so a scorer never reads a silently broken label.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.accuracy import load_cases
from schemas import Hints, Requirements, SchemaError, validate_model
from tests.matcher._labelled import FIELDS

DATA_DIR = Path(__file__).parent / "extraction"
SET_FILES = sorted(DATA_DIR.glob("*.yaml"))

ENTRY_KEYS = {"id", "style", "title", "text", "expected"}
OPTIONAL_ENTRY_KEYS = {"hints"}
STYLES = {
    "hospital",
    "clinic",
    "physician_practice",
    "nursing_home",
    "federal",
    "staffing",
    "remote_vendor",
    "other",
}
#: the fields every label gives (one list, with the extraction tests')
EXPECTED_KEYS = set(FIELDS)
CERT_KEYS = {"any_of", "level", "within_months"}
PAY_KEYS = {"min", "max", "period", "currency"}
#: Hint fields whose value the expected label must repeat (the extractor uses hints first).
HINTED_FIELDS = (
    "education_required",
    "education_substitutable",
    "experience_years_required",
    "employment_types",
    "workplace",
    "pay",
)
#: The held-out evaluation set must stay big enough to score per field.
MIN_EVAL_ENTRIES = 50
#: The unseen part (holdout.yaml), written after eval.yaml had been read.
MIN_HOLDOUT_ENTRIES = 70
#: holdout16.yaml of session h15l, retired to a development set (seen16.yaml) in session 9.
MIN_HOLDOUT16_ENTRIES = 30
#: holdout17.yaml of session s7hold, retired to a development set (seen17.yaml) in session 9.
MIN_HOLDOUT17_ENTRIES = 40
#: holdout18.yaml of session s8hold, retired to a development set (seen18.yaml) in session 10.
MIN_HOLDOUT18_ENTRIES = 40
#: holdout19.yaml of session 9 (s9hold), retired to a development set (seen19.yaml) in session 11.
MIN_HOLDOUT19_ENTRIES = 50
#: holdout20.yaml of session 10 (s10hold), retired to a development set (seen20.yaml) in session 12.
MIN_HOLDOUT20_ENTRIES = 50
#: holdout21.yaml of session 11 (s11hold), retired to a development set (seen21.yaml) in session 13.
MIN_HOLDOUT21_ENTRIES = 50
#: holdout22.yaml of session 12 (s12hold), retired to a development set (seen22.yaml) in session 14.
MIN_HOLDOUT22_ENTRIES = 50
#: holdout23.yaml of session 13 (s13hold), retired to a development set (seen23.yaml) in session 15.
MIN_HOLDOUT23_ENTRIES = 50
#: holdout24.yaml of session 14 (s14hold), retired to a development set (seen24.yaml) in session 16.
MIN_HOLDOUT24_ENTRIES = 50
#: holdout25.yaml of session 15 (s15hold), retired to a development set (seen25.yaml) in session 17.
MIN_HOLDOUT25_ENTRIES = 50
#: holdout26.yaml of session 16 (s16hold), retired to a development set (seen26.yaml) in session 18.
MIN_HOLDOUT26_ENTRIES = 50
#: The thirteenth unseen part (holdout27.yaml, session 17, s17hold).
MIN_HOLDOUT27_ENTRIES = 50
#: The fourteenth unseen part (holdout28.yaml, session 18, s18hold).
MIN_HOLDOUT28_ENTRIES = 50
#: blind24.yaml of session 14 (s14blind): a development set written blind, scored once.
MIN_BLIND24_ENTRIES = 40
#: blind26.yaml of session 16 (s16blind): a blind development set weighted to federal pages.
MIN_BLIND26_ENTRIES = 40
#: blind27.yaml of session 17 (s17blind): a blind development set of job-board and ATS postings.
MIN_BLIND27_ENTRIES = 40
#: blind28.yaml of session 17 (s17blind2): a blind development set weighted to experience, routes.
MIN_BLIND28_ENTRIES = 40
#: blind29.yaml of session 18 (s18blind): a blind development set of job-board and ATS postings
#: weighted to employment types, workplace, skills and certifications.
MIN_BLIND29_ENTRIES = 40
#: blind30.yaml of session 18 (s18blind2): a blind development set of job-board and ATS postings
#: weighted to certifications, skills, shifts and pay.
MIN_BLIND30_ENTRIES = 40
#: blind31.yaml of session 18 (s18blind3): blind job-board / ATS postings, employment types first.
MIN_BLIND31_ENTRIES = 40


def _load(path: Path) -> list[dict[str, Any]]:
    data = load_cases(path)
    assert isinstance(data, list), f"{path.name}: top level must be a list of entries"
    return data


def _entries() -> list[Any]:
    params = []
    for path in SET_FILES:
        for i, entry in enumerate(_load(path)):
            ident = entry.get("id", f"#{i}") if isinstance(entry, dict) else f"#{i}"
            params.append(pytest.param(path.name, entry, id=f"{path.stem}:{ident}"))
    return params


def check_entry(entry: Any) -> None:
    """Raise AssertionError or SchemaError when an entry breaks the labelled-set format."""
    assert isinstance(entry, dict), "an entry must be a mapping"
    keys = set(entry)
    assert keys >= ENTRY_KEYS, f"missing keys {sorted(ENTRY_KEYS - keys)}"
    extra = keys - ENTRY_KEYS - OPTIONAL_ENTRY_KEYS
    assert not extra, f"unknown keys {sorted(extra)}"
    assert isinstance(entry["id"], str) and entry["id"].strip(), "id must be a non-empty string"
    assert entry["style"] in STYLES, f"style {entry['style']!r} not in {sorted(STYLES)}"
    assert isinstance(entry["title"], str) and entry["title"].strip(), "title must be text"
    assert isinstance(entry["text"], str) and entry["text"].strip(), "text must be text"

    expected = entry["expected"]
    assert isinstance(expected, dict), "expected must be a mapping"
    assert set(expected) == EXPECTED_KEYS, (
        f"expected keys differ: missing {sorted(EXPECTED_KEYS - set(expected))}, "
        f"unknown {sorted(set(expected) - EXPECTED_KEYS)}"
    )
    for group in expected["certifications"] or []:
        assert isinstance(group, dict) and set(group) == CERT_KEYS, (
            f"certification group must have exactly {sorted(CERT_KEYS)}: {group!r}"
        )
    if expected["pay"] is not None:
        assert set(expected["pay"]) <= PAY_KEYS, f"unknown pay keys in {expected['pay']!r}"
    where = str(entry["id"])
    req = validate_model(Requirements, expected, where=f"{where} expected")
    # Validation must not have changed the label (a duplicate or re-cased value is a typo).
    assert [c.any_of for c in req.certifications] == [
        g["any_of"] for g in expected["certifications"]
    ], "certification codes must be upper-case and unique within a group"
    for name in ("employment_types", "shifts", "skills"):
        assert getattr(req, name) == expected[name], f"{name} has duplicates"

    hints_data = entry.get("hints")
    if hints_data is None:
        return
    hints = validate_model(Hints, hints_data, where=f"{where} hints")
    for name in HINTED_FIELDS:
        if name not in hints_data:
            continue
        hinted = getattr(hints, name)
        if hinted is None or hinted == []:
            continue
        labelled = getattr(req, name)
        if name == "education_required" and hints.education_substitutable and labelled is None:
            # the source says experience may stand in for the schooling: the hinted level is one
            # route, not what every applicant needs (docs/design.md "Qualification paths")
            continue
        assert labelled == hinted, f"{name}: label {labelled!r} does not follow the hint {hinted!r}"


def test_there_are_labelled_sets() -> None:
    names = {p.name for p in SET_FILES}
    assert "eval.yaml" in names


@pytest.mark.parametrize(("filename", "entry"), _entries())
def test_entry_is_well_formed(filename: str, entry: Any) -> None:
    check_entry(entry)


def test_ids_are_unique_across_sets() -> None:
    seen: dict[str, str] = {}
    dupes = []
    for path in SET_FILES:
        for entry in _load(path):
            ident = entry["id"]
            if ident in seen:
                dupes.append(f"{ident} in {seen[ident]} and {path.name}")
            seen[ident] = path.name
    assert not dupes, dupes


def test_eval_set_is_large_enough() -> None:
    entries = _load(DATA_DIR / "eval.yaml")
    assert len(entries) >= MIN_EVAL_ENTRIES
    assert all(e["id"].startswith("eval-") for e in entries)


def test_retired_second_holdout_set_keeps_its_cases() -> None:
    """seen16.yaml (holdout16.yaml until session 9): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "seen16.yaml")
    assert len(entries) >= MIN_HOLDOUT16_ENTRIES
    assert all(e["id"].startswith("h16-") for e in entries)


def test_retired_third_holdout_set_keeps_its_cases() -> None:
    """seen17.yaml (holdout17.yaml until session 9): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "seen17.yaml")
    assert len(entries) >= MIN_HOLDOUT17_ENTRIES
    assert all(e["id"].startswith("h17-") for e in entries)


def test_retired_fourth_holdout_set_keeps_its_cases() -> None:
    """seen18.yaml (holdout18.yaml until session 10): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "seen18.yaml")
    assert len(entries) >= MIN_HOLDOUT18_ENTRIES
    assert all(e["id"].startswith("h18-") for e in entries)


def test_retired_fifth_holdout_set_keeps_its_cases() -> None:
    """seen19.yaml (holdout19.yaml until session 11): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "seen19.yaml")
    assert len(entries) >= MIN_HOLDOUT19_ENTRIES
    assert all(e["id"].startswith("h19-") for e in entries)


def test_retired_sixth_holdout_set_keeps_its_cases() -> None:
    """seen20.yaml (holdout20.yaml until session 12): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "seen20.yaml")
    assert len(entries) >= MIN_HOLDOUT20_ENTRIES
    assert all(e["id"].startswith("h20-") for e in entries)


def test_retired_seventh_holdout_set_keeps_its_cases() -> None:
    """seen21.yaml (holdout21.yaml until session 13): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "seen21.yaml")
    assert len(entries) >= MIN_HOLDOUT21_ENTRIES
    assert all(e["id"].startswith("h21-") for e in entries)


def test_retired_eighth_holdout_set_keeps_its_cases() -> None:
    """seen22.yaml (holdout22.yaml until session 14): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "seen22.yaml")
    assert len(entries) >= MIN_HOLDOUT22_ENTRIES
    assert all(e["id"].startswith("h22-") for e in entries)


def test_retired_ninth_holdout_set_keeps_its_cases() -> None:
    """seen23.yaml (holdout23.yaml until session 15): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "seen23.yaml")
    assert len(entries) >= MIN_HOLDOUT23_ENTRIES
    assert all(e["id"].startswith("h23-") for e in entries)


def test_retired_tenth_holdout_set_keeps_its_cases() -> None:
    """seen24.yaml (holdout24.yaml until session 16): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "seen24.yaml")
    assert len(entries) >= MIN_HOLDOUT24_ENTRIES
    assert all(e["id"].startswith("h24-") for e in entries)


def test_retired_eleventh_holdout_set_keeps_its_cases() -> None:
    """seen25.yaml (holdout25.yaml until session 17): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "seen25.yaml")
    assert len(entries) >= MIN_HOLDOUT25_ENTRIES
    assert all(e["id"].startswith("h25-") for e in entries)


def test_retired_twelfth_holdout_set_keeps_its_cases() -> None:
    """seen26.yaml (holdout26.yaml until session 18): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "seen26.yaml")
    assert len(entries) >= MIN_HOLDOUT26_ENTRIES
    assert all(e["id"].startswith("h26-") for e in entries)


def test_thirteenth_holdout_set_is_large_enough() -> None:
    """holdout27.yaml is the thirteenth unseen part: its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "holdout27.yaml")
    assert len(entries) >= MIN_HOLDOUT27_ENTRIES
    assert all(e["id"].startswith("h27-") for e in entries)


def test_fourteenth_holdout_set_is_large_enough() -> None:
    """holdout28.yaml is the fourteenth unseen part: its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "holdout28.yaml")
    assert len(entries) >= MIN_HOLDOUT28_ENTRIES
    assert all(e["id"].startswith("h28-") for e in entries)


def test_blind_development_set_is_large_enough() -> None:
    """blind24.yaml (written blind in session 14): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "blind24.yaml")
    assert len(entries) >= MIN_BLIND24_ENTRIES
    assert all(e["id"].startswith("b24-") for e in entries)


def test_second_blind_development_set_is_large_enough() -> None:
    """blind26.yaml (written blind in session 16): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "blind26.yaml")
    assert len(entries) >= MIN_BLIND26_ENTRIES
    assert all(e["id"].startswith("b26-") for e in entries)


def test_third_blind_development_set_is_large_enough() -> None:
    """blind27.yaml (written blind in session 17): its own id prefix, enough cases to score."""
    entries = _load(DATA_DIR / "blind27.yaml")
    assert len(entries) >= MIN_BLIND27_ENTRIES
    assert all(e["id"].startswith("b27-") for e in entries)


def test_fourth_blind_development_set_is_large_enough() -> None:
    """blind28.yaml (written blind in session 17, s17blind2): its own id prefix, enough cases."""
    entries = _load(DATA_DIR / "blind28.yaml")
    assert len(entries) >= MIN_BLIND28_ENTRIES
    assert all(e["id"].startswith("b28-") for e in entries)


def test_fifth_blind_development_set_is_large_enough() -> None:
    """blind29.yaml (written blind in session 18, s18blind): its own id prefix, enough cases."""
    entries = _load(DATA_DIR / "blind29.yaml")
    assert len(entries) >= MIN_BLIND29_ENTRIES
    assert all(e["id"].startswith("b29-") for e in entries)


def test_sixth_blind_development_set_is_large_enough() -> None:
    """blind30.yaml (written blind in session 18, s18blind2): its own id prefix, enough cases."""
    entries = _load(DATA_DIR / "blind30.yaml")
    assert len(entries) >= MIN_BLIND30_ENTRIES
    assert all(e["id"].startswith("b30-") for e in entries)


def test_seventh_blind_development_set_is_large_enough() -> None:
    """blind31.yaml (written blind in session 18, s18blind3): its own id prefix, enough cases."""
    entries = _load(DATA_DIR / "blind31.yaml")
    assert len(entries) >= MIN_BLIND31_ENTRIES
    assert all(e["id"].startswith("b31-") for e in entries)


def test_holdout_set_is_large_enough() -> None:
    """holdout.yaml is the unseen part: big enough to score per field, its own id prefix."""
    entries = _load(DATA_DIR / "holdout.yaml")
    assert len(entries) >= MIN_HOLDOUT_ENTRIES
    assert all(e["id"].startswith("hold-") for e in entries)


GOOD = {
    "id": "x-1",
    "style": "clinic",
    "title": "Medical Records Clerk",
    "text": "High school diploma required.",
    "expected": {
        "education_required": "high_school",
        "education_preferred": None,
        "education_substitutable": False,
        "experience_years_required": None,
        "experience_years_preferred": None,
        "certifications": [
            {"any_of": ["RHIT", "RHIA"], "level": "preferred", "within_months": None}
        ],
        "employment_types": [],
        "workplace": None,
        "shifts": [],
        "pay": {"min": 18.0, "max": 18.0, "period": "hour"},
        "skills": ["hipaa"],
    },
    "hints": {"pay": {"min": 18.0, "max": 18.0, "period": "hour"}},
}


def _broken(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    import copy

    entry = copy.deepcopy(GOOD)
    target = entry
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return entry


_DELETE = object()


def test_checker_accepts_a_good_entry() -> None:
    check_entry(GOOD)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("expected", "shifts"), _DELETE),
        (("expected", "colour"), "blue"),
        (("style",), "hospitalish"),
        (("expected", "education_required"), "ged"),
        (("expected", "certifications"), [{"any_of": ["RHIT-X"], "level": "required"}]),
        (
            ("expected", "certifications"),
            [{"any_of": ["RHIT"], "level": "must", "within_months": None}],
        ),
        (("expected", "skills"), ["typing", "speed_reading"]),
        (("expected", "pay"), {"min": 25, "max": 20, "period": "hour"}),
        (("expected", "pay"), {"min": 20, "max": 25, "period": "fortnight"}),
        (("expected", "employment_types"), ["full_time", "full_time"]),
        (("hints", "pay"), {"min": 19.0, "max": 19.0, "period": "hour"}),
        (("hints", "remote"), True),
        (("text",), ""),
    ],
)
def test_checker_rejects_a_broken_entry(path: tuple[str, ...], value: Any) -> None:
    with pytest.raises((AssertionError, SchemaError)):
        check_entry(_broken(path, value))
