"""Verdicts a job seeker can trust (session 16 audit of the real federal postings).

Each test is a case where the verdict told a seeker something the posting did not support; the
texts are our own, written in the shapes the audit found in ../shared/real-postings.
"""

from __future__ import annotations

import pytest

from bench.accuracy import REAL_DIR
from matcher import extract, match
from schemas import CandidateProfile, Evidence, Posting, QualificationPath, Requirements

needs_real = pytest.mark.skipif(
    not (REAL_DIR / "labels.jsonl").is_file(), reason=f"real set absent ({REAL_DIR})"
)

#: A federal page cut before its qualifications: conditions of employment only.
CONDITIONS_ONLY = """Conditions of employment
- You must be a U.S. citizen to apply for this job.
- Males born after 12/31/1959 must be registered with the Selective Service.
- You will be subject to a background investigation.
- You must serve a one-year probationary period.
Duties: abstract and code inpatient records, audit coding quality and answer provider queries."""

#: A private ad that gives duties, pay and shift only.
DUTIES_AND_PAY = """Medical Records Clerk, full time, days. Pays $18.50 an hour.
You will scan and index charts, file loose documents and answer release of information
requests from patients and attorneys."""

FRONT_DESK = CandidateProfile(
    education="high_school", experience_years=1, experience_by_kind={"healthcare": 1}
)


@pytest.mark.parametrize("text", [CONDITIONS_ONLY, DUTIES_AND_PAY])
def test_a_posting_that_states_no_qualification_is_unknown_not_a_perfect_match(text: str) -> None:
    req = extract(text, title="Medical Records Technician")
    res = match(req, FRONT_DESK)
    assert res.eligible  # nothing stated is nothing failed
    assert res.score < 100
    unknown = {v.field: v.explanation for v in res.verdicts if v.status == "unknown"}
    assert set(unknown) >= {"education_required", "experience_years_required", "certifications"}
    assert unknown["experience_years_required"] == (
        "The posting states no experience requirement; read it before you apply"
    )


def test_a_posting_that_states_one_thing_is_judged_on_it_alone() -> None:
    # "no experience required" is a statement: no unknowns are added beside it
    res = match(Requirements(experience_years_required=0), FRONT_DESK)
    assert [(v.field, v.status) for v in res.verdicts] == [("experience_years_required", "met")]
    assert res.score == 100


def test_silence_keeps_the_implied_diploma_wording_for_a_candidate_without_one() -> None:
    res = match(Requirements(), CandidateProfile(education="none"))
    edu = [v for v in res.verdicts if v.field == "education_required"]
    assert len(edu) == 1 and edu[0].label == "High school diploma or GED"
    assert edu[0].status == "unknown"


def test_silence_and_a_residence_limit_still_judge_the_residence() -> None:
    req = Requirements(residence_states=["TX"])
    res = match(req, FRONT_DESK.model_copy(update={"state": "CA"}))
    assert not res.eligible
    assert any(v.field == "residence" and v.status == "not_met" for v in res.verdicts)


@needs_real
def test_no_real_posting_is_a_perfect_match_for_a_seeker_with_nothing() -> None:
    """The real excerpts cut before their qualifications (they keep every requirement empty) were
    shown as eligible with a score of 100 to a high school graduate with no experience."""
    nobody = CandidateProfile(education="high_school", experience_years=0)
    for path in sorted((REAL_DIR / "postings").glob("r*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        title = next(x[6:].strip() for x in head.splitlines() if x.startswith("title:"))
        req = extract(body, title=title)
        res = match(
            Posting(
                source="real",
                external_id=path.stem,
                url="-",
                title=title,
                description=body,
                requirements=req,
            ),
            nobody,
        )
        stated = [v for v in res.verdicts if v.level == "required" and v.status != "unknown"]
        if not stated:
            assert res.score < 100, path.stem


#: Our own single-grade announcement in the federal shape: routes into the occupation, then the
#: grade's year at the grade below.
ONE_GRADE = """Basic Requirements:
Experience or Education. Three years of experience in medical records work that shows you can
prepare, keep and manage health records.
OR
A bachelor's degree with a major in health information management.
OR
Equivalent combinations of experience and education that add up to 100 percent.
Grade Determinations: GS-9
Experience: One year of experience equivalent to the next lower grade level that shows the
knowledge and skills to do the work of this position."""


def test_a_grade_year_is_specialized_experience_not_a_year_of_any_work() -> None:
    req = extract(ONE_GRADE, title="Health Information Specialist")
    assert req.experience_years_required == 1
    desk = CandidateProfile(
        education="bachelor", field_of_study="health information management", experience_years=1
    )
    res = match(req, desk)
    (exp,) = [v for v in res.verdicts if v.field == "experience_years_required"]
    assert exp.explanation == (
        "Requires 1 year of specialized experience equivalent to the next lower grade; you have "
        "1 year, if that was work like this job's at the next lower grade"
    )
    assert exp.status == "unknown"  # was met: any year of work read as the grade's year
    assert res.eligible  # a risk, never a bar
    short = match(req, desk.model_copy(update={"experience_years": 0.5}))
    assert not short.eligible


def test_a_grade_year_of_a_named_kind_is_judged_on_that_kind() -> None:
    said = "GS-5: One year of specialized experience equivalent to GS-4 organizing patient records."
    req = Requirements(
        paths=[
            QualificationPath(
                label="experience",
                grade="GS-5",
                experience_years=1,
                experience_kind="records",
                evidence=Evidence(source="text", text=said),
            ),
        ]
    )
    clerk = CandidateProfile(experience_years=2, experience_by_kind={"records": 2})
    (v,) = [v for v in match(req, clerk).verdicts if v.field == "paths"]
    assert v.status == "met"
    assert v.explanation == (
        "Qualifies at GS-5 through the GS-5 experience path: 1 year of specialized medical records "
        "experience equivalent to GS-4 (you have 2 years)"
    )


def test_a_may_qualify_grade_is_named_before_the_basic_routes() -> None:
    """A seeker whose year may be the GS-5 year is told about GS-5, not that the basic
    requirements "alone do not decide it" with nothing said of what would."""
    basic = Evidence(source="text", text="Six months of clerical or office work.")
    grade = Evidence(source="text", text="One year of experience equivalent to the GS-04 level.")
    req = Requirements(
        education_substitutable=True,
        paths=[
            QualificationPath(label="experience", experience_years=0.5, evidence=basic),
            QualificationPath(label="experience", grade="GS-5", experience_years=1, evidence=grade),
        ],
    )
    (v,) = [v for v in match(req, CandidateProfile(experience_years=2)).verdicts]
    assert v.status == "unknown"
    assert v.explanation.startswith(
        "May qualify at GS-5 through the GS-5 experience path: 1 year "
        "of specialized experience equivalent to GS-4 (you have 2 years"
    )
