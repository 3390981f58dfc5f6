"""matcher.extract on a list's long lead written with a dash for its colon (session 18,
s18layout; tests/matcher/test_extract_layout.py): "Minimum requirements (meet one of the
following) -" over its options reads as the same lead with its colon, though it is longer
than a field's label (46 characters). A long line ending on a dash that leads no list stays a
sentence going on. Our own wording; the dashed cases failed on main 3bca10f."""

from __future__ import annotations

import pytest

from matcher import extract

_OPTIONS = (
    "  Option 1: CPC credential and one (1) year of professional fee coding\n"
    "  Option 2: CCS credential and two (2) years of hospital coding\n"
)

_LEADS = (
    "Minimum requirements (meet one of the following)",
    "To be considered you need either of the following",
    "Basic qualifications (satisfy one of the following)",
)


def _groups(text: str) -> set[tuple[tuple[str, ...], str]]:
    return {(tuple(sorted(c.any_of)), c.level) for c in extract(text).certifications}


@pytest.mark.parametrize("lead", _LEADS)
def test_a_long_list_lead_with_a_dash_reads_as_with_its_colon(lead: str) -> None:
    head = "Professional Fee Coder\n\nSummary\nCode clinic visits for our practices.\n\n"
    colon = _groups(head + f"{lead}:\n" + _OPTIONS)
    dash = _groups(head + f"{lead} -\n" + _OPTIONS)
    assert colon == {(("CCS", "CPC"), "required")}
    assert dash == colon


def test_a_long_line_ending_on_a_dash_that_leads_no_list_goes_on() -> None:
    text = (
        "Medical Records Clerk\n\n"
        "We are hiring for our busiest outpatient clinic in the valley -\n"
        "one year of clerical work in a clinic is required.\n"
    )
    assert extract(text).experience_years_required == 1.0
