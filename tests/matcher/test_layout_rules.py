"""The same posting written in another layout reads alike (session 13, s13form): rules that
take the layout test's known changes away (test_extract_layout.py KNOWN). Each table holds
short postings in our own words, written once as a plain page has them and once in the other
layout; both must give the same answers, and those answers are stated. Near-misses are lines
that look like the layout but are not (a range wrapped after its dash, prose going on)."""

from __future__ import annotations

from typing import Any

import pytest

from matcher import extract
from matcher._sentences import split_sentences
from tests.matcher._labelled import FIELDS, normal


def _answers(text: str) -> dict[str, Any]:
    got = extract(text)
    return {f: v for f in FIELDS if (v := normal(f, getattr(got, f))) not in (None, [], False)}


# A heading with a dash for its colon ("Required -"): the same section as "Required:".
# (colon form, dash form, answers)
DASH_HEADINGS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Records Analyst\nMust hold one of:\n- RHIA\n- RHIT\nPreferred:\n- CDIP",
        "Records Analyst\nMust hold one of -\n- RHIA\n- RHIT\nPreferred -\n- CDIP",
        {"certifications": [(["CDIP"], "preferred", None), (["RHIA", "RHIT"], "required", None)]},
    ),
    (
        "Coding Specialist\n\nRequired:\n- CPC or CCS\n- Two years of outpatient coding\n"
        "Nice to have:\n- RHIT",
        "Coding Specialist\n\nRequired -\n- CPC or CCS\n- Two years of outpatient coding\n"
        "Nice to have -\n- RHIT",
        {
            "experience_years_required": 2.0,
            "certifications": [(["CCS", "CPC"], "required", None), (["RHIT"], "preferred", None)],
        },
    ),
    (
        "Release of Information Clerk\nEducation:\nHigh school diploma or GED\nExperience:\n"
        "One year in a medical office",
        "Release of Information Clerk\nEducation -\nHigh school diploma or GED\nExperience -\n"
        "One year in a medical office",
        {
            "education_required": "high_school",
            "experience_years_required": 1.0,
            "skills": ["release_of_information"],
        },
    ),
    (
        "Qualifications:\n\nAssociate degree in health information\n"
        "Three years of coding in a hospital",
        "Qualifications -\n\nAssociate degree in health information\n"
        "Three years of coding in a hospital",
        {"education_required": "associate", "experience_years_required": 3.0},
    ),
    (
        "HIM Director\nMinimum requirements:\nBachelor's degree in health information management\n"
        "RHIA required\nPreferred qualifications:\nMaster's degree\nFive years of management",
        "HIM Director\nMinimum requirements –\nBachelor's degree in health information management\n"
        "RHIA required\nPreferred qualifications —\nMaster's degree\nFive years of management",
        {
            "education_required": "bachelor",
            "education_preferred": "master",
            "experience_years_preferred": 5.0,
            "certifications": [(["RHIA"], "required", None)],
        },
    ),
    (
        "Cancer Registrar\nDesired:\nCTR\nRequired:\nTwo years in a registry",
        "Cancer Registrar\nDesired -\nCTR\nRequired -\nTwo years in a registry",
        {"experience_years_required": 2.0, "certifications": [(["CTR"], "preferred", None)]},
    ),
]


@pytest.mark.parametrize(("colon", "dash", "answers"), DASH_HEADINGS)
def test_a_dash_heading_reads_as_its_colon(colon: str, dash: str, answers: dict[str, Any]) -> None:
    assert _answers(colon) == answers
    assert _answers(dash) == answers


# near-misses: a range wrapped after its dash, a sentence going on after one, a dash mid-line
DASH_NOT_HEADINGS: list[tuple[str, list[str]]] = [
    ("Pay is $18 -\n$21 an hour.", ["Pay is $18 -", "$21 an hour."]),
    ("Call us today -\nwe are hiring now.", ["Call us today -", "we are hiring now."]),
    (
        "Medical Records Clerk - Salem, OR\nFull time, days.",
        ["Medical Records Clerk - Salem, OR", "Full time, days."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DASH_NOT_HEADINGS)
def test_a_dash_that_ends_no_heading_stays(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected
