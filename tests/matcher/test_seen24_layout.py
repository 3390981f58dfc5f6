"""matcher.extract on the same words in another layout, as the retired unseen set seen24 showed
(session 16, s16seen24; tests/matcher/test_extract_layout.py): the same words must give the
same answers. Our own wording; every first case of a table failed on main 1a65313."""

from __future__ import annotations

import pytest

from matcher import extract

# --- a job board's "Experience:" block with each area's label over its value, the next area ---
# --- a brand in camel case ("Medical records:" / "1 year (Required)" / "eClinicalWorks: 1 ------
# --- year (Preferred)"): the label and its value read as one line ------------------------------

LABEL_OVER_VALUE: list[tuple[str, tuple[float | None, float | None]]] = [
    (
        "Experience:\nMedical records:\n1 year (Required)\neClinicalWorks: 1 year (Preferred)\n\n"
        "Language:\nSpanish (Preferred)",
        (1.0, 1.0),
    ),
    (
        "Experience:\nRelease of information:\n2 years (Required)\niPhone support: 1 year "
        "(Preferred)",
        (2.0, 1.0),
    ),
    (
        "Experience:\nHealth information:\n1 year (Preferred)\neClinicalWorks:\n2 years "
        "(Preferred)",
        (None, 1.0),
    ),
    # the one-line form, as the same page writes it
    (
        "Experience:\nMedical records: 1 year (Required)\neClinicalWorks: 1 year (Preferred)",
        (1.0, 1.0),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_OVER_VALUE)
def test_an_area_label_over_its_value_reads_as_one_line(
    text: str, expected: tuple[float | None, float | None]
) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == expected


# --- a list's lead written with a dash for its colon ("Minimum Qualifications (one of the -----
# --- following) -" over "Option A - One year of ..."): the options are routes, as under -----
# --- the colon -----------------------------------------------------------------------------------

DASHED_LIST_LEAD: list[tuple[str, tuple[str | None, float | None, bool]]] = [
    (
        "Minimum Qualifications (one of the following) -\nOption A - One year of clerical "
        "experience in a clinic.\nOption B - Completion of a one-year medical records program.",
        (None, None, True),
    ),
    (
        "You must meet either of the following -\nPattern I - Two years of records work.\n"
        "Pattern II - An associate degree in health information technology.",
        (None, None, True),
    ),
    (
        "Qualify with one of these -\nAlternative 1 - Six months of HIM experience.\n"
        "Alternative 2 - A medical office certificate program.",
        (None, None, True),
    ),
    # the same under a colon, as the page may write it
    (
        "Minimum Qualifications (one of the following):\nOption A - One year of clerical "
        "experience in a clinic.\nOption B - Completion of a one-year medical records program.",
        (None, None, True),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_LIST_LEAD)
def test_a_list_lead_with_a_dash_for_its_colon_keeps_the_routes(
    text: str, expected: tuple[str | None, float | None, bool]
) -> None:
    got = extract(text)
    assert (
        got.education_required,
        got.experience_years_required,
        got.education_substitutable,
    ) == expected


# --- part-time hours as a range with a dash ("PT 20\u201325 hrs/wk"), as with a hyphen ---------

DASHED_HOURS: list[tuple[str, list[str]]] = [
    (
        "Medical Records Clerk | Brightside Pediatrics | PT 20\u201325 hrs/wk, mornings",
        ["part_time"],
    ),
    ("Scanning clerk, PT (15\u201320 hours), Mon/Wed/Fri", ["part_time"]),
    ("Records assistant \u2013 PT 24\u201328 hours a week", ["part_time"]),
    # the hyphen, as before, and a near-miss: physical therapy hours
    ("Medical Records Clerk | PT 20-25 hrs/wk, mornings", ["part_time"]),
    ("Clinic hours for the PT department: 8\u20135.", []),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_HOURS)
def test_part_time_hours_with_a_dash_are_part_time(text: str, expected: list[str]) -> None:
    assert extract(text).employment_types == expected


# --- a list without marks or full stops after a line of routes ("Bachelor's ..., OR an -------
# --- associate degree plus two additional years ... in place of the bachelor's" / "Five ------
# --- years of HIM experience, ..." / "RHIA or RHIT required"): the next lines are the --------
# --- posting's next requirements, as the next list items are ----------------------------------

Flat = tuple[str | None, float | None, list[list[str]]]


def _flat_certs(text: str) -> Flat:
    got = extract(text)
    return (
        got.education_required,
        got.experience_years_required,
        [g.any_of for g in got.certifications],
    )


UNMARKED_LIST_AFTER_ROUTES: list[tuple[str, Flat]] = [
    (
        "Minimum Qualifications\nBachelor's degree in HIM or healthcare administration, OR an "
        "associate degree plus two\n  additional years of HIM experience in place of the "
        "bachelor's\nFive years of HIM experience, including two years leading or training staff"
        "\nRHIA or RHIT required\n\nPreferred Qualifications\nCHPS",
        ("associate", 5.0, [["RHIA", "RHIT"]]),
    ),
    (
        "Minimum Qualifications\nBachelor's degree in HIM or healthcare administration, OR an "
        "associate degree plus two additional years of HIM experience in place of the "
        "bachelor's; Five years of HIM experience, including two years leading or training "
        "staff; RHIA or RHIT required.",
        ("associate", 5.0, [["RHIA", "RHIT"]]),
    ),
    (
        "Requirements\nBachelor's degree in HIM\nOR\nTwo years of HIM experience\nRHIT required"
        "\n\nBenefits\nPTO",
        (None, None, [["RHIT"]]),
    ),
    # near-misses: a route's letter before its wrapped line (its four years are no one's
    # requirement), and the route on the line after the "OR"
    (
        "Any ONE of the following:\nA. An associate degree in health information technology; "
        "OR\nB. Completion of 30 semester units of college coursework, AND two years of health "
        "records experience; OR C.\nFour years of full-time health records experience.",
        ("certificate", None, []),
    ),
    (
        "Requirements\nAn associate degree in HIT\nOR\nThree years of coding experience\n\n"
        "Benefits\nPTO",
        (None, None, []),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNMARKED_LIST_AFTER_ROUTES)
def test_an_unmarked_list_after_routes_keeps_its_own_requirements(
    text: str, expected: Flat
) -> None:
    assert _flat_certs(text) == expected


# --- a list without marks whose next item opens with a word that opens sentences ("... in ----
# --- place of the degree" / "Whichever route you take, a combined total of at least two ------
# --- years ..."): two items, not one wrapped line ---------------------------------------------

SENTENCE_OPENERS: list[tuple[str, Flat]] = [
    (
        "Requirements:\nAssociate degree, or four years of coding or abstracting experience in "
        "place of the degree\nWhichever route you take, a combined total of at least two years in "
        "any mix of coding,\n  abstracting or cancer registry work\nRHIT, CCS or CTR required\n",
        (None, 2.0, [["RHIT", "CCS", "CTR"]]),
    ),
    (
        "Requirements:\nAssociate degree in HIT, or three years of HIM experience in place of the "
        "degree\nEvery candidate also needs at least one year of release of information work\n"
        "RHIT preferred\n",
        (None, 1.0, [["RHIT"]]),
    ),
    (
        "Qualifications:\nCertificate in medical coding, or two years of coding experience in "
        "place of it\nRegardless of route, one year of work in a hospital is required\n",
        (None, 1.0, []),
    ),
    # near-miss: the same items with their bullets
    (
        "Requirements:\n- Associate degree, or four years of coding or abstracting experience in "
        "place of the degree\n- Whichever route you take, a combined total of at least two years "
        "in any mix of coding,\n  abstracting or cancer registry work\n- RHIT, CCS or CTR "
        "required\n",
        (None, 2.0, [["RHIT", "CCS", "CTR"]]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_OPENERS)
def test_an_item_opening_with_a_sentence_opener_is_its_own(text: str, expected: Flat) -> None:
    assert _flat_certs(text) == expected
