"""matcher.extract on the routes the retired unseen set seen24 showed (session 16, s16seen24):
one table per general pattern, varied examples and near-misses in our own wording. The flat
fields are what every route shares (docs/design.md, "Qualification paths"). Every first case of
a table failed on main 1a65313."""

from __future__ import annotations

import pytest

from tests.matcher._routes import Flat
from tests.matcher._routes import flat as _flat

# --- schooling counted in units with the figure restated in brackets ("twelve (12) semester ----
# --- units", "fifteen (15) quarter units"): a schooling route against the experience one --------

UNITS_RESTATED: list[tuple[str, Flat]] = [
    (
        "MINIMUM QUALIFICATIONS:\nPattern I: Six (6) months of clerical experience in a medical "
        "office or clinic.\n-OR-\nPattern II: Completion of twelve (12) semester units in office "
        "technology or a closely related field.",
        (None, None, True),
    ),
    (
        "Minimum qualifications: six months of clerical experience in a medical office, or "
        "completion of twelve (12) semester units in office technology.",
        (None, None, True),
    ),
    (
        "Requirements: one year of medical records experience; or eighteen (18) quarter units "
        "in health information or business.",
        (None, None, True),
    ),
    (
        "Requirements: one year of medical records experience, or completion of nine (9) "
        "credit hours in medical office administration.",
        (None, None, True),
    ),
    # near-misses: units asked of everyone beside the years, and units only in an example
    (
        "Requirements: one year of medical records experience. Twelve (12) semester units in "
        "office technology are also required.",
        (None, 1.0, False),
    ),
    (
        "Six (6) months of clerical experience in a medical office is required.",
        (None, 0.5, False),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNITS_RESTATED)
def test_units_with_the_figure_restated_are_a_schooling_route(text: str, expected: Flat) -> None:
    assert _flat(text) == expected


# --- options whose first label stands on its own line and a later one carries its route on ----
# --- the label's line ("Pattern I:" / "Six months of ..." / "-OR-" / "Pattern II: An ---------
# --- associate degree ..."): every option is a route, whatever the layout of each ------------

MIXED_OPTION_LABELS: list[tuple[str, Flat]] = [
    (
        "Requirements\nAlternative 1:\nOne year of work in a hospital records unit.\n"
        "Alternative 2: Thirty (30) semester units of college coursework.\nAlternative 3: An "
        "associate degree in health information technology.",
        (None, None, True),
    ),
    (
        "MINIMUM QUALIFICATIONS:\nPattern I:\nSix (6) months of clerical experience in a medical "
        "office or clinic.\n-OR-\nPattern II:\nCompletion of twelve (12) semester units in office "
        "technology, medical office\nadministration or a closely related field.\n\nLICENSE:\n"
        "A driver's license may be required.",
        (None, None, True),
    ),
    (
        "MINIMUM QUALIFICATIONS:\nPattern I:\nSix (6) months of clerical experience in a medical "
        "office or clinic.\n-OR-\nPattern II: An associate degree in office technology.\n\n"
        "LICENSE:\nA driver's license may be required.",
        (None, None, True),
    ),
    (
        "Minimum Qualifications\nOption A:\nTwo years of medical records experience.\nOR\n"
        "Option B: Completion of a health information certificate program.\n\nSupplemental "
        "questions follow.",
        (None, None, True),
    ),
    # near-misses: one option only, and options that ask the same
    (
        "Minimum Qualifications\nOption A:\nTwo years of medical records experience.\n\n"
        "Supplemental questions follow.",
        (None, 2.0, False),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIXED_OPTION_LABELS)
def test_options_labelled_on_their_own_line_or_inline_are_routes(text: str, expected: Flat) -> None:
    assert _flat(text) == expected


# --- the diploma under its own heading before a block of routes, the headings in capitals ----
# --- ("EDUCATION" / "High school diploma or GED" / "EXPERIENCE" / "... OR ..."): everyone's ---

CAPITAL_HEADINGS: list[tuple[str, Flat]] = [
    (
        "REQUIRED QUALIFICATIONS\nEDUCATION\nHigh school diploma or GED\nEXPERIENCE\nAt least one "
        "year of work in a hospital, clinic or physician office, OR completion of a\nmedical "
        "office certificate program in place of that year\n\nPREFERRED QUALIFICATIONS\nTyping",
        ("high_school", None, True),
    ),
    (
        "MINIMUM REQUIREMENTS\nEDUCATION:\nGED or high school diploma.\nEXPERIENCE:\nSix months of "
        "medical records work, OR an HIT certificate in place of the experience.",
        ("high_school", None, True),
    ),
    # the same in title case, and a near-miss: no diploma asked apart
    (
        "Required Qualifications\nEducation\nHigh school diploma or GED\nExperience\nAt least one "
        "year of work in a hospital, clinic or physician office, OR completion of a\nmedical "
        "office certificate program in place of that year\n\nPreferred Qualifications\nTyping",
        ("high_school", None, True),
    ),
    (
        "REQUIRED QUALIFICATIONS\nEXPERIENCE\nAt least one year of work in a hospital, clinic or "
        "physician office, OR completion of a\nmedical office certificate program in place of "
        "that year\n\nPREFERRED QUALIFICATIONS\nTyping",
        (None, None, True),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPITAL_HEADINGS)
def test_a_diploma_under_a_capital_heading_before_routes_is_everyones(
    text: str, expected: Flat
) -> None:
    assert _flat(text) == expected


# --- an "or" between two credentials or issuing bodies ("... in risk adjustment An AAPC or ----
# --- AHIMA coding credential is required", a sentence run on from the line before) joins one --
# --- group's alternatives: no route of the years before it ------------------------------------

CODE_OR_CODE: list[tuple[str, Flat]] = [
    (
        "Every candidate needs 3+ years of coding experience, at least one of them in risk "
        "adjustment An AAPC or AHIMA coding credential is required.",
        (None, 3.0, False),
    ),
    (
        "Two years of HIM experience in a hospital setting An RHIT or RHIA is required.",
        (None, 2.0, False),
    ),
    (
        "Minimum 1 year of outpatient coding the CPC or CCS credential must be held at hire.",
        (None, 1.0, False),
    ),
    # near-misses: years or a credential, and a group then a route after ", or"
    ("Three years of coding experience or a CPC.", (None, None, False)),
    (
        "Associate degree and RHIT or RHIA, or four years of HIM experience.",
        (None, None, True),
    ),
    # ... and a credential route with its own years after a credential closing the one before
    # (the lead, after the merge: these had read as one group and made both routes everyone's)
    (
        "Requirements: an associate degree with CCS, or a CPC with 2 years of coding experience.",
        (None, None, True),
    ),
    ("An associate degree with the RHIT, or a CCA with one year of coding.", (None, None, True)),
]


@pytest.mark.parametrize(("text", "expected"), CODE_OR_CODE)
def test_an_or_between_two_credentials_joins_one_group(text: str, expected: Flat) -> None:
    assert _flat(text) == expected
