"""matcher.extract on how the retired unseen sets (seen16, seen17) showed employers mark a
requirement's level (session 9, s9exp): bulleted items under soft headings, classified-ad
abbreviations, the ideal hire described by what they are. Our own wording throughout, with
near-misses."""

from __future__ import annotations

from typing import Any

import pytest

from matcher import extract


def _groups(text: str) -> list[tuple[list[str], str]]:
    return [(sorted(g.any_of), g.level) for g in extract(text).certifications]


def _levels(text: str) -> dict[str, Any]:
    got = extract(text)
    return {
        "certs": [(sorted(g.any_of), g.level) for g in got.certifications],
        "exp": (got.experience_years_required, got.experience_years_preferred),
        "edu": (got.education_required, got.education_preferred),
    }


# --- a bulleted line is a list item, not a heading: a soft list keeps its level, and the next
# --- real heading opens its own section ------------------------------------------------------

AHIMA = ["CCA", "CCS", "RHIA", "RHIT"]
BULLETED_ITEMS = [
    (
        "Bonus points\n- Epic ROI module experience\n- An AHIMA credential",
        {"certs": [(AHIMA, "preferred")], "exp": (None, None), "edu": (None, None)},
    ),
    (
        "Preferred:\n- CPC\nRequired:\n- RHIT",
        {
            "certs": [(["CPC"], "preferred"), (["RHIT"], "required")],
            "exp": (None, None),
            "edu": (None, None),
        },
    ),
    (
        "Preferred Qualifications\n- Bilingual\n\nMinimum Qualifications\n- 1 year of experience",
        {"certs": [], "exp": (1.0, None), "edu": (None, None)},
    ),
    (
        "Nice to have\n- Epic\nMinimum Qualifications\n- RHIT",
        {"certs": [(["RHIT"], "required")], "exp": (None, None), "edu": (None, None)},
    ),
    (
        "Good to have\n* Cerner\n* Meditech\nWhat you need\n* 2 years of coding experience",
        {"certs": [], "exp": (2.0, None), "edu": (None, None)},
    ),
    (
        "Nice to have\n- Epic\nEducation\n- High school diploma",
        {"certs": [], "exp": (None, None), "edu": ("high_school", None)},
    ),
    # near-misses: items under one heading keep its level; a sub-heading right under
    # "Preferred" stays preferred
    (
        "Requirements\n- Epic ROI Experience\n- CPC",
        {"certs": [(["CPC"], "required")], "exp": (None, None), "edu": (None, None)},
    ),
    (
        "Nice to have\n- Epic\n- CPC",
        {"certs": [(["CPC"], "preferred")], "exp": (None, None), "edu": (None, None)},
    ),
    (
        "Preferred\nAHIMA certification",
        {"certs": [(AHIMA, "preferred")], "exp": (None, None), "edu": (None, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BULLETED_ITEMS)
def test_a_bulleted_line_is_an_item_not_a_heading(text: str, expected: dict[str, Any]) -> None:
    assert _levels(text) == expected


# --- classified-ad abbreviations of "required" ----------------------------------------------------

ABBREVIATED = [
    ("CPC req'd.", [(["CPC"], "required")]),
    ("RHIT reqd", [(["RHIT"], "required")]),
    ("Coding cert (CCS) req\u2019d, 2 yrs exp.", [(["CCS"], "required")]),
    ("Req'd: CPC", [(["CPC"], "required")]),
    # near-misses: a requisition number; an abbreviated preference
    ("Req ID 4471. CPC.", []),
    ("CPC pref'd.", [(["CPC"], "preferred")]),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATED)
def test_abbreviated_required(text: str, expected: list[Any]) -> None:
    assert _groups(text) == expected


# --- the ideal hire described by what they are is a preference --------------------------------

IDEAL_IS = [
    ("Qualifications\nOur ideal candidate is an RHIT.", [(["RHIT"], "preferred")]),
    ("Our ideal hires are CCS holders.", [(["CCS"], "preferred")]),
    ("Requirements\nThe ideal applicant is a CPC with surgical coding experience.",
     [(["CPC"], "preferred")]),
    # near-misses: the ideal hire told what they must do; a requirement of everyone
    ("Ideal candidates are required to hold CPC.", [(["CPC"], "required")]),
    ("The ideal candidate must have CPC.", [(["CPC"], "required")]),
    ("Qualifications\nCandidate is an RHIT.", [(["RHIT"], "required")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), IDEAL_IS)
def test_the_ideal_hire_described_is_preferred(text: str, expected: list[Any]) -> None:
    assert _groups(text) == expected


# --- a list item whose bullet the page's HTML took away (<li>RHIT preferred</li>) states a
# --- credential's level; it opens no section over the items after it (session 10, seen18's
# --- HTML postings). Headings that name a kind of requirement with a level stay headings. ---

LEVEL_LINES = [
    # the items after "RHIT preferred" keep the section they are in
    (
        "<h3>Qualifications</h3><ul><li>High school diploma or GED</li><li>RHIT preferred</li>"
        "<li>Two years of medical records experience</li><li>CPC required</li></ul>",
        {
            "certs": [(["RHIT"], "preferred"), (["CPC"], "required")],
            "exp": (2.0, None),
            "edu": ("high_school", None),
        },
    ),
    (
        "<p><b>Requirements</b></p><ul><li>CCS-P or CPC-A accepted</li>"
        "<li>1 year of coding experience</li></ul>",
        {"certs": [(["CCS-P", "CPC-A"], "required")], "exp": (1.0, None), "edu": (None, None)},
    ),
    (
        "Minimum Qualifications\nCPC desired\nHigh school diploma\nOne year of clerical work",
        {"certs": [(["CPC"], "preferred")], "exp": (1.0, None), "edu": ("high_school", None)},
    ),
    # near-misses: headings stay headings, in any case
    (
        "Education Preferred\nAssociate degree in health information",
        {"certs": [], "exp": (None, None), "edu": (None, "associate")},
    ),
    (
        "SKILLS PREFERRED\nTwo years of medical records experience",
        {"certs": [], "exp": (None, 2.0), "edu": (None, None)},
    ),
    (
        "Experience Preferred\nTwo years of medical records experience",
        {"certs": [], "exp": (None, 2.0), "edu": (None, None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEVEL_LINES)
def test_a_credential_with_its_level_is_no_heading(text: str, expected: dict[str, Any]) -> None:
    assert _levels(text) == expected
