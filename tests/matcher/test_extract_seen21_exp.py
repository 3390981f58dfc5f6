"""matcher.extract on experience figures as the retired unseen set seen21 showed employers state
them (issue 15, session 13, s13edu). One table per general pattern, varied examples and
near-misses, all in our own wording (never a posting's). A figure that schooling may replace is
one route's, not everyone's (docs/design.md, "Qualification paths"; tests/data/extraction/
README.md, Experience)."""

from __future__ import annotations

import pytest

from matcher import extract
from tests.matcher._routes import Flat
from tests.matcher._routes import flat as _flat

# --- a figure stated, then schooling offered for "the required N years of experience" (the
# --- figure named back): two routes, the figure no one's flat requirement ----------------------

FIGURE_NAMED_BACK = [
    (
        "Minimum Requirements\n- High school diploma or GED required.\n- One year of medical "
        "records or hospital clerical experience. An associate degree may substitute for the "
        "required one year of experience.\n",
        ("high_school", None, True),
    ),
    (
        "Requirements: Two years of office experience in a clinic. A certificate in medical "
        "records can substitute for the required two years of experience.",
        (None, None, True),
    ),
    (
        "Qualifications\n* HS diploma or GED\n* 1 year of records experience\n* An associate "
        "degree in HIT may be substituted for the required one year of experience\n",
        ("high_school", None, True),
    ),
    (
        "You need six months of scanning experience.\nCollege coursework may be substituted for "
        "the required six months of experience.",
        (None, None, True),
    ),
    (
        "Minimum qualifications: high school graduation and two years of clerical work "
        "experience.\nAn associate degree may be substituted for the required two years of "
        "experience.\nKnowledge of medical terminology.",
        ("high_school", None, True),
    ),
    # near-misses: a refused offer keeps the figure; a credential offered for it is no schooling
    (
        "Requirements:\n- One year of medical records experience.\n- Education may not be "
        "substituted for the required one year of experience.\n",
        (None, 1.0, False),
    ),
    (
        "Requirements:\n- High school diploma.\n- Two years of coding experience.\n",
        ("high_school", 2.0, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), FIGURE_NAMED_BACK)
def test_schooling_for_the_figure_named_back_makes_it_one_route(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- a benefit's term in years ("a pension plan with five-year vesting"): no experience, also in
# --- a section read as requirements (a benefits heading the reader did not know) -----------------

VESTING_IS_NO_EXPERIENCE = [
    (
        "Preferred qualifications\n- Internship in an HIM department.\nPerks\nMedical and dental "
        "coverage, a pension plan with five-year vesting and a fitness center.\n",
        (None, None),
    ),
    ("Requirements:\n- 401(k) match with 3-year vesting.\n", (None, None)),
    (
        "Qualifications: retirement plan, fully vested after 2 years of vesting service.",
        (None, None),
    ),
    (
        "Requirements\n- One year of records experience.\n- Pension with a 5 year cliff vesting "
        "schedule.\n",
        (1.0, None),
    ),
    (
        "What we offer: a 403(b) with four-year graded vesting.\nPreferred: 2 years of coding "
        "experience.",
        (None, 2.0),
    ),
    # near-misses: experience beside the benefit is still read
    (
        "Preferred qualifications\n- Three years of HIM experience.\n- A pension with vesting.\n",
        (None, 3.0),
    ),
]


@pytest.mark.parametrize(("text", "want"), VESTING_IS_NO_EXPERIENCE)
def test_a_vesting_term_is_no_experience(
    text: str, want: tuple[float | None, float | None]
) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == want


# --- a substitution offer written with abbreviations ("2 yrs clerical exp.", "for up to 1 yr of
# --- the required exp."): read as the words spelled out (session 12 leftover) ---------------------

ABBREVIATED_OFFER = [
    (
        "Min Quals: 2 yrs clerical exp. in a medical office. College coursework may substitute "
        "for up to 1 yr of the required exp.",
        (None, 1.0, True),
    ),
    (
        "Minimum qualifications\n- 2 yrs of clerical exp. in a clinic\n- College coursework may "
        "substitute for up to 1 yr of the required exp.\n",
        (None, 1.0, True),
    ),
    (
        "Reqs: 2 years clerical exp in a medical office; college coursework can substitute for "
        "1 yr of the required exp",
        (None, 1.0, True),
    ),
    (
        "MQs: 1 yr office exp. An associate degree may substitute for the required exp.",
        (None, None, True),
    ),
    (
        "Minimum: 18 months of registration exp. College coursework may "
        "substitute for up to 6 months of the required exp.",
        (None, 1.0, True),
    ),
    # near-misses: the abbreviated experience alone; a refused offer; "expert" is no "exp"
    ("Min Quals: 2 yrs clerical exp. in a medical office.", (None, 2.0, False)),
    (
        "Min Quals: 2 yrs clerical exp. Education cannot be substituted for the required exp.",
        (None, 2.0, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), ABBREVIATED_OFFER)
def test_an_abbreviated_offer_reads_as_spelled(text: str, flat: Flat) -> None:
    assert _flat(text) == flat


# --- years that are the condition of another route ("CPC or CCS also accepted if you have 2+
# --- years"): that route's, not everyone's (session 12 leftover) ---------------------------------

YEARS_AS_A_ROUTES_CONDITION = [
    (
        "Requirements:\n- RHIT required.\n- CPC or CCS also accepted if you have 2+ years of "
        "coding experience.\n",
        None,
    ),
    ("CCS required. CPC also accepted with three years of inpatient coding experience.", None),
    (
        "Credential: RHIA. An RHIT is also accepted for candidates with 5 years of HIM experience.",
        None,
    ),
    (
        "Must hold the CTR.\nThe CCS is also accepted, if you have two years of registry "
        "experience.\n",
        None,
    ),
    # near-misses: years asked of all beside an "also accepted" credential with no condition
    ("Requirements:\n- Two years of coding experience.\n- CPC or CCS; CCA also accepted.\n", 2.0),
    ("Two years of coding experience required. CPC also accepted.", 2.0),
]


@pytest.mark.parametrize(("text", "years"), YEARS_AS_A_ROUTES_CONDITION)
def test_years_conditioning_another_route_are_not_everyones(text: str, years: float | None) -> None:
    assert extract(text).experience_years_required == years
