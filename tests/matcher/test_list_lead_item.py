"""The first item of a route list on the lead's own line (session 16, lead; our own wording):
"Applicants must have ONE of the following: (a) current certification as an RHIT or RHIA; (b)
current CCS; (c) ..." had lost item (a): the RHIT route was dropped, or its group made everyone's
("You must have one of the following: an RHIT or RHIA; a CCS; or ...")."""

from __future__ import annotations

import pytest

from matcher import extract

ROUTES = {
    ("certification", (("RHIA", "RHIT"),), None, None),
    ("certification", (("CCS",),), None, None),
    ("education and experience", (), "associate", 1.0),
}


def _routes(text: str) -> set[object]:
    req = extract(text, title="Coding Specialist")
    assert not req.certifications  # each credential is one route's
    return {
        (
            p.label,
            tuple(tuple(sorted(g.any_of)) for g in p.certifications),
            p.education,
            p.experience_years,
        )
        for p in req.paths
    }


@pytest.mark.parametrize(
    "text",
    [
        "Basic Requirement: Applicants must have ONE of the following: (a) current certification "
        "as an RHIT or RHIA; (b) current CCS; (c) an associate degree in HIT and one year of "
        "coding experience.",
        "You must have one of the following: an RHIT or RHIA; a CCS; or an associate degree in "
        "HIT and one year of coding experience.",
        "Either of the following qualifies you: RHIT or RHIA;\nCCS;\nan associate degree in HIT "
        "and one year of coding experience.",
        # the list on its own lines, as before
        "Applicants must have one of the following:\n(a) an RHIT or RHIA;\n(b) a CCS;\n(c) an "
        "associate degree in HIT and one year of coding experience.",
    ],
)
def test_the_first_item_on_the_leads_line_is_a_route(text: str) -> None:
    assert _routes(text) == ROUTES


def test_a_lead_with_nothing_after_its_colon_reads_the_lines() -> None:
    text = (
        "Must meet one of the following requirements:\n- an associate degree in HIT\n"
        "- two years of records experience"
    )
    assert {(p.education, p.experience_years) for p in extract(text).paths} == {
        ("associate", None),
        (None, 2.0),
    }
