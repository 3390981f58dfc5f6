"""Credentials seen25 read wrongly (session 17).

"Nice: RHIA" under a terse ad's "Must have: ... | CCS required" (h25-036) was no preference: the
word "nice" alone is a preferred cue only as a label (matcher._rules_cues.PREFERRED_CUES).
"""

from __future__ import annotations

import pytest

from matcher import extract


def _groups(text: str) -> list[tuple[list[str], str]]:
    return [(g.any_of, g.level) for g in extract(text).certifications]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "Must have: 5+ yrs inpatient coding | CCS required | PCS fluency\nNice: RHIA",
            [(["CCS"], "required"), (["RHIA"], "preferred")],
        ),
        (
            "Requirements\n- CPC required\n- Nice: CRC",
            [(["CPC"], "required"), (["CRC"], "preferred")],
        ),
        (
            "Must have CCS. Nice : RHIA or RHIT.",
            [(["CCS"], "required"), (["RHIA", "RHIT"], "preferred")],
        ),
    ],
)
def test_nice_as_a_label_prefers(text: str, groups: list[tuple[list[str], str]]) -> None:
    assert _groups(text) == groups


@pytest.mark.parametrize(
    "text",
    ["A nice team: five coders hold the RHIT.", "Our office in Nice, France: RHIA on staff."],
)
def test_nice_that_is_no_label(text: str) -> None:
    assert _groups(text) == []


# --- a preferred credential after a list of routes ("meet one of these patterns:" then "Pattern
# --- I: ..." / "Pattern II: ..." then "DESIRABLE: Certification as an RHIT", h25-050) was read
# --- as a third route, so no one was asked it: an item with a preferred cue ends the list
# --- (matcher._paths_offers.listed_routes) ----------------------------------------------------

LIST = (
    "MINIMUM QUALIFICATIONS\n"
    "Applicants must have a high school diploma and meet one of these patterns:\n"
    "Pattern I: One year of experience processing medical records requests.\n"
    "Pattern II: Completion of a certificate program in health information technology.\n\n"
)


@pytest.mark.parametrize(
    ("after", "groups"),
    [
        (
            "DESIRABLE: Certification as a Registered Health Information Technician (RHIT).",
            [(["RHIT"], "preferred")],
        ),
        ("Nice to have: CCA or RHIT.", [(["CCA", "RHIT"], "preferred")]),
        ("CCS preferred.", [(["CCS"], "preferred")]),
    ],
)
def test_a_preferred_credential_after_the_routes_is_no_route(
    after: str, groups: list[tuple[list[str], str]]
) -> None:
    r = extract(LIST + after)
    assert [(g.any_of, g.level) for g in r.certifications] == groups
    assert [p.label for p in r.paths] == ["experience", "training"]


def test_a_credential_listed_as_a_route_stays_one() -> None:
    text = (
        "Applicants must meet one of the following:\n"
        "- Two years of medical records experience\n"
        "- An associate degree in health information technology\n"
        "- Current RHIT certification\n"
    )
    r = extract(text)
    assert r.certifications == []
    assert sorted(p.label for p in r.paths) == ["certification", "education", "experience"]
