"""Routes in the wording of blind26.yaml's misses (session 16, lead; our own wording, varied):
routes labelled "Route A (education):" / "Route B (...)", and a credential joined to a route's
years by "AND" in capitals."""

from __future__ import annotations

import pytest

from matcher import extract

Flat = tuple[str | None, float | None, bool, list[list[str]]]


def _flat(text: str) -> Flat:
    r = extract(text, title="Medical Records Technician (Coder)")
    return (
        r.education_required,
        r.experience_years_required,
        r.education_substitutable,
        [g.any_of for g in r.certifications if g.level == "required"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "You must meet one route below.\n"
            "Route A (education): an associate degree in health information technology.\n"
            "Route B (experience and credential): one year of coding experience AND a current "
            "CCA or CPC-A credential.",
            (None, None, True, []),
        ),
        (
            "Qualify by either route.\n"
            "Route 1: completion of a coding certificate program.\n"
            "Route 2: two years of medical records experience.",
            (None, None, True, []),
        ),
        (
            "Route B (experience): one year of records experience, AND a current RHIT.\n"
            "Route A (schooling): a bachelor's degree in HIM.",
            (None, None, True, []),
        ),
        (
            "To qualify:\nPath I: an associate degree plus the RHIT.\nPath II: the CCS and two "
            "years of inpatient coding.",
            (None, None, True, [["RHIT", "CCS"]]),
        ),
        # near-misses: routing as work, a route number in a duty, a career path
        (
            "Route 3 charts to the coders each morning. One year of records experience required.",
            (None, 1.0, False, []),
        ),
        (
            "Routes records requests: two years of release of information experience required.",
            (None, 2.0, False, []),
        ),
        ("Path to promotion: two years of coding experience required.", (None, 2.0, False, [])),
    ],
)
def test_routes_labelled_route_a_and_b(text: str, expected: Flat) -> None:
    assert _flat(text) == expected


def test_a_credential_joined_by_and_in_capitals_is_the_routes() -> None:
    text = (
        "Option 1: an associate degree in health information technology.\n"
        "Option 2: one year of experience abstracting charts for clinic records, AND a current "
        "CCA credential."
    )
    req = extract(text, title="Coder")
    assert not req.certifications
    [both] = [p for p in req.paths if p.experience_years]
    assert [g.any_of for g in both.certifications] == [["CCA"]]
