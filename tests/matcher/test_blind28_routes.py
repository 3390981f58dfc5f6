"""Routes in the wording of blind28.yaml's misses (session 17, s17b28; our own wording, varied):
a lower degree held with more years "in lieu of" the degree asked (b28-018), and two routes
that each pair a credential with years, one of them with a degree too (b28-033), and schooling
that "need only" fewer years (b28-019)."""

from __future__ import annotations

import pytest

from matcher import extract

Flat = tuple[str | None, float | None, bool, list[list[str]]]


def _flat(text: str) -> Flat:
    r = extract(text, title="HIM Specialist")
    return (
        r.education_required,
        r.experience_years_required,
        r.education_substitutable,
        [g.any_of for g in r.certifications if g.level == "required"],
    )


def _routes(text: str) -> list[tuple[str | None, float | None, list[str]]]:
    return [
        (p.education, p.experience_years, [c for g in p.certifications for c in g.any_of])
        for p in extract(text, title="HIM Specialist").paths
    ]


@pytest.mark.parametrize(
    ("text", "expected", "routes"),
    [
        (
            "Bachelor's degree in HIM required.\nFive years of HIM operations experience.\n"
            "In lieu of the bachelor's degree, we will consider an associate degree plus seven "
            "years of HIM experience.",
            ("associate", 5.0, True, []),
            [("bachelor", None, []), ("associate", 7.0, [])],
        ),
        (
            "Associate degree in HIT required. Instead of an associate's degree, a coding "
            "certificate and three years of coding experience will be accepted.",
            ("certificate", None, True, []),
            [("associate", None, []), ("certificate", 3.0, [])],
        ),
        (
            "A bachelor's degree in health information management is required. In place of the "
            "bachelor's degree: an associate degree in HIT with the RHIT and six years of coding "
            "experience.",
            ("associate", None, True, []),
            [("bachelor", None, []), ("associate", 6.0, ["RHIT"])],
        ),
        # the level named in the offer itself, the years alone
        (
            "Bachelor's degree in HIM required. In lieu of the bachelor's degree, nine years of "
            "HIM experience.",
            (None, None, True, []),
            [("bachelor", None, []), (None, 9.0, [])],
        ),
        # routes each of a credential with years, one with a degree too
        (
            "Qualifications (one of the following)\n"
            "1. CCS, CPC or COC, and two years of outpatient coding experience; or\n"
            "2. An associate degree in Health Information Management and the RHIT, with one "
            "year of outpatient coding experience.",
            (None, 1.0, True, [["CCS", "CPC", "COC", "RHIT"]]),
            [(None, 2.0, ["CCS", "CPC", "COC"]), ("associate", 1.0, ["RHIT"])],
        ),
        (
            "Requirements: CPC with two years of coding experience, or CCS with one year of "
            "coding experience.",
            (None, 1.0, False, [["CPC", "CCS"]]),
            [(None, 2.0, ["CPC"]), (None, 1.0, ["CCS"])],
        ),
        (
            "You qualify with either:\n- the CCA and three years of physician coding; or\n"
            "- a coding certificate, the CPC and one year of physician coding.",
            (None, 1.0, True, [["CCA", "CPC"]]),
            [(None, 3.0, ["CCA"]), ("certificate", 1.0, ["CPC"])],
        ),
    ],
)
def test_routes(
    text: str, expected: Flat, routes: list[tuple[str | None, float | None, list[str]]]
) -> None:
    assert _flat(text) == expected
    assert _routes(text) == routes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near-misses: no schooling replaced, one route asking both, a preference
        (
            "Bachelor's degree required. Paid time off is granted in lieu of overtime for the "
            "five years of service award.",
            ("bachelor", None, False, []),
        ),
        (
            "CPC and two years of coding experience required; RHIT a plus.",
            (None, 2.0, False, [["CPC"]]),
        ),
        (
            "Associate degree required. A shift differential is paid in lieu of the college "
            "degree stipend.",
            ("associate", None, False, []),
        ),
    ],
)
def test_near_misses(text: str, expected: Flat) -> None:
    assert _flat(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "routes"),
    [
        (
            "Three years of medical records experience required. Applicants with an associate "
            "degree in HIT require just one year.",
            (None, 1.0, True, []),
            [(None, 3.0, []), ("associate", 1.0, [])],
        ),
        (
            "At least 24 months of coding experience. Those holding a bachelor's degree in HIM "
            "need only 12 months.",
            (None, 1.0, True, []),
            [(None, 2.0, []), ("bachelor", 1.0, [])],
        ),
        (
            "Two years of billing experience. Candidates who have completed a certificate "
            "program need only six months.",
            (None, 0.5, True, []),
            [(None, 2.0, []), ("certificate", 0.5, [])],
        ),
        # near-misses: no figure of experience after "only", the diploma (no route above it)
        (
            "Two years of coding experience. Graduates of our coding academy need only complete "
            "a short orientation.",
            (None, 2.0, False, []),
            [],
        ),
        (
            "Two years of coding experience. Candidates with an associate degree need only one "
            "reference.",
            ("associate", 2.0, False, []),
            [],
        ),
        (
            "Two years of coding experience required. Applicants with a high school diploma "
            "need only one year of typing practice.",
            ("high_school", 2.0, False, []),
            [],
        ),
    ],
)
def test_fewer_years_with_schooling(
    text: str, expected: Flat, routes: list[tuple[str | None, float | None, list[str]]]
) -> None:
    """ "Graduates of an accredited coding certificate program need only one year" after the
    years asked: the years, or the schooling with fewer (b28-019)."""
    assert _flat(text) == expected
    assert _routes(text) == routes
