"""Qualification paths read by matcher.extract (issue 14): federal "OR" blocks, multi-grade
announcements, private "X or N years of experience" sentences, residence limits, near misses.

The real federal announcements are read from ../shared/real-postings (skipped when absent); the
private wordings are ours, in tests/data/extraction/paths.yaml and below.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from matcher import extract
from schemas import QualificationPath, Requirements

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "real-postings" / "postings"
OURS = {c["id"]: c for c in yaml.safe_load((ROOT / "tests/data/extraction/paths.yaml").read_text())}


def real(name: str) -> Requirements:
    path = REAL / f"{name}.txt"
    if not path.exists():
        pytest.skip("the real federal postings (../shared/real-postings) are not here")
    head, _, text = path.read_text(encoding="utf-8").partition("\n\n")
    title = next(line[6:].strip() for line in head.splitlines() if line.startswith("title:"))
    return extract(text, title=title)


def ours(ident: str) -> Requirements:
    case = OURS[ident]
    return extract(case["text"], title=case["title"])


def route(p: QualificationPath) -> tuple[object, ...]:
    comb = p.combination
    return (
        p.grade, p.label, p.education, p.education_field, p.experience_years, p.experience_kind,
        [c.any_of for c in p.certifications],
        None if comb is None
        else (comb.experience_years, comb.schooling_years, comb.hours_above_60),
    )  # fmt: skip


def routes(req: Requirements) -> list[tuple[object, ...]]:
    return [route(p) for p in req.paths]


EXP_1_RECORDS = (None, "experience", None, None, 1.0, "records", [], None)
ASSOC_HIT = (None, "education", "associate", "health_information", None, None, [], None)
COMB_1_2 = (None, "combination", None, None, None, None, [], (1.0, 2.0, False))


# --- real federal announcements ------------------------------------------------------------


@pytest.mark.parametrize("name", ["r01", "r03", "r19"])
def test_va_mrt_experience_or_education_or_combination(name: str) -> None:
    req = real(name)
    assert routes(req) == [EXP_1_RECORDS, ASSOC_HIT, COMB_1_2]
    # what every applicant needs: neither the degree nor the year (nor the "six months of the
    # required one year" substitution example)
    assert req.education_required is None
    assert req.experience_years_required is None
    assert req.education_substitutable is True


@pytest.mark.parametrize("name", ["r07", "r33"])
def test_coder_announcement_accepts_an_approved_coding_programme(name: str) -> None:
    req = real(name)
    got = routes(req)
    assert (None, "experience", None, None, 1.0, "coding", [], None) in got
    assert ASSOC_HIT in got
    assert (None, "training", "certificate", "coding", None, None, [], None) in got
    assert req.education_required is None and req.experience_years_required is None


def test_a_credential_in_one_path_only_is_not_a_flat_requirement() -> None:
    req = real("r09")  # "Mastery level certification through AHIMA or AAPC and two years ..."
    assert req.certifications == []
    certified = [p for p in req.paths if p.certifications]
    assert len(certified) == 1 and certified[0].experience_years == 2.0


def test_multi_grade_announcement_labels_each_grade() -> None:
    req = real("r21")
    grades = {p.grade for p in req.paths}
    assert grades == {"GS-4", "GS-5"}
    gs4 = [route(p) for p in req.paths if p.grade == "GS-4"]
    assert ("GS-4", "education", "associate", None, None, None, [], None) in gs4
    assert ("GS-4", "combination", None, None, None, None, [], (1.0, 2.0, False)) in gs4
    assert req.experience_years_required is None


def test_none_beyond_the_basic_requirements_repeats_the_basic_paths_for_that_grade() -> None:
    req = real("r23")
    basic = [route(p)[1:] for p in req.paths if p.grade is None]
    gs3 = [route(p)[1:] for p in req.paths if p.grade == "GS-3"]
    assert basic and basic == gs3
    assert ("experience", None, None, 0.5, "any", [], None) in basic
    assert any(p.grade == "GS-4" and p.education == "associate" for p in req.paths)


def test_single_grade_experience_is_asked_of_everyone() -> None:
    for name in ("r35", "r37"):
        req = real(name)
        assert req.experience_years_required == 1.0, name
        assert any(p.education == "bachelor" for p in req.paths)
        assert any(p.experience_years == 3.0 and p.experience_kind == "records" for p in req.paths)


def test_federal_boilerplate_has_no_paths() -> None:
    for name in ("r11", "r13", "r15", "r17", "r27", "r29", "r31"):
        assert real(name).paths == [], name


# --- our own wordings ------------------------------------------------------------------------


def test_federal_one_of_the_following_block() -> None:
    req = ours("path-001")
    assert routes(req) == [EXP_1_RECORDS, ASSOC_HIT, COMB_1_2]


def test_gs5_combination_counts_only_hours_above_60() -> None:
    req = ours("path-002")
    comb = [p for p in req.paths if p.combination is not None]
    assert comb and comb[0].combination is not None
    assert comb[0].combination.hours_above_60 is True
    assert comb[0].combination.schooling_years == 4.0
    assert {p.grade for p in req.paths} == {"GS-5"}


def test_grade_sections_of_our_own() -> None:
    req = ours("path-003")
    assert {p.grade for p in req.paths} == {None, "GS-4", "GS-5"}
    gs5 = [route(p)[1:5] for p in req.paths if p.grade == "GS-5"]
    assert ("experience", None, None, 1.0) in gs5 and ("education", "bachelor", None, None) in gs5


def test_education_cannot_be_substituted_leaves_one_route() -> None:
    req = ours("path-004")
    assert req.paths == [] and req.experience_years_required == 1.0


@pytest.mark.parametrize(
    ("ident", "expected"),
    [
        ("path-005", [("education", "associate", "health_information", None, None, []),
                      ("experience", None, None, 2.0, "records", [])]),
        ("path-006", [("certification", None, None, None, None, [["CCA", "CPC"]]),
                      ("training", "certificate", "coding", None, None, [])]),
        ("path-007", [("certification", None, None, None, None, [["CPC"]]),
                      ("experience", None, None, 2.0, "coding", [])]),
        ("path-010", [("education", "bachelor", "health_information", None, None, []),
                      ("experience", None, None, 4.0, "records", [])]),
        ("path-014", [("education", "certificate", "coding", None, None, []),
                      ("experience", None, None, 1.0, "healthcare", [])]),
    ],
)  # fmt: skip
def test_private_alternatives(ident: str, expected: list[tuple[object, ...]]) -> None:
    req = ours(ident)
    assert [route(p)[1:7] for p in req.paths] == expected
    assert req.experience_years_required is None


def test_degree_or_equivalent_experience_is_a_year_for_year_combination() -> None:
    req = ours("path-016")
    assert [route(p)[1:] for p in req.paths] == [
        ("education", "bachelor", "health_information", None, None, [], None),
        ("combination", None, None, None, None, [], (4.0, 4.0, False)),
    ]
    # the two years every applicant needs are outside the alternatives
    assert req.experience_years_required == 2.0 and req.education_required is None


@pytest.mark.parametrize("ident", ["path-008", "path-009", "path-011", "path-012", "path-013",
                                   "path-015"])  # fmt: skip
def test_near_misses_have_no_paths(ident: str) -> None:
    assert ours(ident).paths == []


@pytest.mark.parametrize(
    "text",
    [
        "High school diploma or GED required.",
        "RHIT or RHIA required.",
        "Associate or bachelor's degree in HIM required.",
        "Experience with Epic or Cerner; one year of experience required.",
        "Associate degree in HIT or two years of records experience preferred.",
        "An associate degree in HIT OR a coding certificate from an accredited program.",
    ],
)
def test_more_near_misses(text: str) -> None:
    assert extract(text).paths == []


def test_residence_limits() -> None:
    assert ours("path-008").residence_states == ["TX", "OK", "LA"]
    assert ours("path-009").residence_states == ["FL", "GA", "AL"]
    assert ours("path-015").residence_states == []  # "cannot hire residents of": not a limit
    assert extract("Our clinics serve Texas, Oklahoma and Louisiana.").residence_states == []
    text = "Fully remote; applicants must live in Ohio or Michigan."
    assert extract(text).residence_states == ["OH", "MI"]
