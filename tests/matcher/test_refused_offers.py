"""Schooling or a credential the posting refuses is neither a requirement nor a route (session
16, lead; our own wording): "An associate degree will not be accepted in place of experience"
had given two routes (the refusal read as an offer), and "A certificate does not meet this
requirement" a certificate required of everyone."""

from __future__ import annotations

import pytest

from matcher import extract

YEARS = "One year of medical records experience is required. "


@pytest.mark.parametrize(
    "refusal",
    [
        "An associate degree will not be accepted in place of experience.",
        "Education will not be substituted for experience.",
        "College coursework cannot be used in lieu of experience.",
        "A certificate does not meet this requirement.",
        "A certificate of attendance does not qualify.",
        "An online coding course won't count.",
    ],
)
def test_a_refused_qualification_asks_nothing(refusal: str) -> None:
    req = extract(YEARS + refusal, title="Medical Records Clerk")
    assert (req.education_required, req.experience_years_required) == (None, 1.0)
    assert not req.paths and not req.education_substitutable


@pytest.mark.parametrize(
    ("text", "education"),
    [
        # near-misses: the qualification is asked, and what is refused is the applicant
        (
            "High school diploma required. Applicants without a diploma will not be accepted.",
            "high_school",
        ),
        (
            "Associate degree required; experience will not be accepted in place of the degree.",
            "associate",
        ),
        (
            "Applicants who do not meet the associate degree requirement will not be considered.",
            "associate",
        ),
    ],
)
def test_the_applicant_refused_keeps_the_requirement(text: str, education: str) -> None:
    assert extract(text, title="Medical Records Clerk").education_required == education


def test_a_refused_credential_is_not_asked() -> None:
    req = extract("CPC-A does not meet this requirement; CPC required.", title="Coder")
    assert [(c.any_of, c.level) for c in req.certifications] == [(["CPC"], "required")]
