"""Offers of one qualification for another said with other verbs (session 16, lead; our own
wording): "may replace", "can stand in for", "may take the place of", "may be replaced by",
"can be met with", "meets the experience requirement". Read literally they made both
qualifications everyone's ("Associate degree required. Four years of records experience may
replace the degree." gave an associate degree AND four years as flat requirements); they are two
routes, with the sentence as written for evidence (matcher._paths_restate)."""

from __future__ import annotations

import pytest

from matcher import extract

DEGREE = "Associate degree in health information technology required. "
YEARS = "One year of specialized experience releasing patient records is required. "


@pytest.mark.parametrize(
    "offer",
    [
        "Four years of medical records experience may replace the degree.",
        "Four years of medical records experience can stand in for the degree.",
        "Four years of medical records experience may take the place of the degree.",
        "The degree may be replaced by four years of medical records experience.",
        "Four years of medical records experience meets this requirement.",
        "Applicants with four years of medical records experience meet the education requirement.",
    ],
)
def test_experience_offered_for_the_degree(offer: str) -> None:
    req = extract(DEGREE + offer, title="Health Information Technician")
    assert (req.education_required, req.experience_years_required) == (None, None)
    assert req.education_substitutable
    routes = {(p.education, p.experience_years) for p in req.paths}
    assert routes == {("associate", None), (None, 4.0)}
    assert any(p.evidence is not None and p.evidence.text == offer for p in req.paths)


@pytest.mark.parametrize(
    "offer",
    [
        "A bachelor's degree can stand in for the experience.",
        "Experience may be replaced by a bachelor's degree.",
        "The experience can also be met with a bachelor's degree.",
        "A bachelor's degree meets this requirement.",
        "Applicants with a bachelor's degree meet the experience requirement in full.",
        "Instead of the experience, you may qualify with a bachelor's degree.",
    ],
)
def test_schooling_offered_for_the_experience(offer: str) -> None:
    req = extract(YEARS + offer, title="Medical Records Technician")
    assert (req.education_required, req.experience_years_required) == (None, None)
    assert req.education_substitutable
    routes = {(p.education, p.experience_years) for p in req.paths}
    assert routes == {("bachelor", None), (None, 1.0)}


@pytest.mark.parametrize(
    ("text", "education", "years"),
    [
        # no offer: schooling for schooling, a refusal, other things replaced, other requirements
        (
            "High school diploma required. A GED meets this requirement. "
            "One year of records experience required.",
            "high_school",
            1.0,
        ),
        (DEGREE + "Experience cannot replace the degree.", "associate", None),
        (DEGREE + "Four years of experience may not replace the degree.", "associate", 4.0),
        (YEARS + "The new hire will replace a retiring clerk.", None, 1.0),
        (YEARS + "Scanning may replace paper charts next year.", None, 1.0),
        (YEARS + "Candidates who meet the minimum requirements will be contacted.", None, 1.0),
        (
            DEGREE + "You must meet the physical requirements. Two years of experience.",
            "associate",
            2.0,
        ),
    ],
)
def test_no_offer(text: str, education: str | None, years: float | None) -> None:
    req = extract(text, title="Medical Records Clerk")
    assert (req.education_required, req.experience_years_required) == (education, years)
    assert not req.paths


@pytest.mark.parametrize(
    "offer",
    [
        "A CCS may be substituted for the experience.",
        "A CCS may substitute for the experience.",
        "The CCS credential may replace the experience.",
        "A CCS meets this requirement.",
    ],
)
def test_a_credential_offered_for_all_of_the_experience(offer: str) -> None:
    """A credential for the whole experience, not a part of it, is a route of its own."""
    req = extract("Two years of coding experience required. " + offer, title="Coder")
    assert req.experience_years_required is None and not req.certifications
    routes = {
        (tuple(tuple(g.any_of) for g in p.certifications), p.experience_years) for p in req.paths
    }
    assert routes == {((), 2.0), ((("CCS",),), None)}


def test_a_refused_credential_offer_leaves_the_years() -> None:
    req = extract("Two years of coding experience required. A CCS may not be substituted for it.")
    assert req.experience_years_required == 2.0 and not req.paths
