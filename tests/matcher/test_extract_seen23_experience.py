"""matcher.extract on experience figures that belong to one route, as the retired unseen set
seen23 showed employers state them (issue 15, session 15, s15exp). One table per general
pattern, varied examples and near-misses, all in our own wording (never a posting's). A figure
that belongs to one route is no one's flat requirement (docs/design.md, "Qualification paths";
tests/data/extraction/README.md, Experience). Every first case of a table failed on main
79df949."""

from __future__ import annotations

import pytest

from matcher import extract
from tests.matcher._routes import Flat
from tests.matcher._routes import flat as _flat

# --- a route stated in a job board's shorthand: "exp" and "mos" abbreviated, the work named ----
# --- without the word "experience" on the second side ("3+ years of HIM work in lieu of it") ---

SHORTHAND_ROUTES: list[tuple[str, Flat]] = [
    (
        "6 mos+ experience in a medical office; a medical office certificate can take the place "
        "of the experience.",
        (None, None, True),
    ),
    ("Medical office certificate OR 6 mos exp in a clinic front office", (None, None, True)),
    ("2 yrs coding exp or a coding certificate", (None, None, True)),
    ("Coding certificate, or 2 yrs coding exp in lieu of it", (None, None, True)),
    ("HS diploma req | 1 yr clinic exp OR an MA certificate | 30 wpm", ("high_school", None, True)),
    (
        "Must have: an associate degree in HIT, or 4 years of HIM work instead of the degree.",
        (None, None, True),
    ),
    (
        "Requirements:\n- Associate degree in health information, or\n- 3 years of hospital "
        "records work in lieu of the degree",
        (None, None, True),
    ),
    (
        "A medical assistant certificate, or 18 months of patient access work in a hospital.",
        (None, None, True),
    ),
    ("Associate degree in HIT or two years of medical records work", (None, None, True)),
    # an abbreviation's dot before the "or" ends no sentence; "exp" offered for a certificate
    (
        "Minimum 2 years exp. in medical records, OR completion of an HIT program.",
        (None, None, True),
    ),
    (
        "Coding certificate required; 2 yrs coding exp may substitute for the certificate.",
        (None, None, True),
    ),
    # near-misses: each asked of everyone, or one side only preferred; "expert", "Mostly" are
    # no abbreviations
    ("2 yrs coding exp required. Coding certificate preferred.", (None, 2.0, False)),
    (
        "Associate degree in HIT required; 3 years of HIM work is a plus.",
        ("associate", None, False),
    ),
    (
        "Coding certificate or associate degree required; 1 yr exp. expected.",
        ("certificate", 1.0, False),
    ),
    (
        "6 mos experience required; expert Excel skills or a certificate in Excel a plus.",
        (None, 0.5, False),
    ),
    (
        "Associate degree or certificate required. Mostly days; 2 years of coding experience "
        "required.",
        ("certificate", 2.0, False),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORTHAND_ROUTES)
def test_routes_in_shorthand_are_alternatives(text: str, expected: Flat) -> None:
    assert _flat(text) == expected


# --- a list of three routes or more, each item on its own line and set off by "; or" / ", or" --
# --- (lettered, numbered or bulleted): every item is a route, not only the first two ----------

LISTED_ROUTES: list[tuple[str, Flat]] = [
    (
        "Minimum qualifications (one of the following):\na) An associate degree in HIT; or\n"
        "b) A high school diploma and two years of records experience; or\nc) A bachelor's "
        "degree in any field and six months of office experience.",
        ("high_school", None, True),
    ),
    (
        "You qualify with any one of these:\n1. A coding certificate and one year of coding; "
        "or\n2. Three years of coding experience; or\n3. An associate degree in HIT.",
        (None, None, True),
    ),
    (
        "Requirements\n- Associate degree in HIM; or\n- HS diploma and 3 yrs of HIM experience; "
        "or\n- Bachelor's degree and 1 year of clerical experience",
        ("high_school", None, True),
    ),
    (
        "Minimum Qualifications:\nA. Two years of experience in a hospital records department; "
        "or\nB. Completion of a medical records certificate program and six months of "
        "experience; or\nC. An associate degree in health information technology.",
        (None, None, True),
    ),
    (
        "Qualifications\n(1) Graduation from high school and two years of clerical work in a "
        "medical office, or\n(2) an associate degree and one year of clerical work, or\n(3) a "
        "bachelor's degree.",
        ("high_school", None, True),
    ),
    (
        "Requirements: an associate degree in HIT; or a coding certificate and one year of "
        "coding; or three years of coding experience.",
        (None, None, True),
    ),
    # led in by "either of the following" / "one of these" too
    (
        "Qualifications (either of the following):\n- Associate degree in HIM\n- High school "
        "diploma plus 3 years of HIM experience",
        ("high_school", None, True),
    ),
    (
        "You need one of these:\n\u2022 associate degree in health information technology\n"
        "\u2022 two years in a hospital medical records department",
        (None, None, True),
    ),
    # near-misses: two routes then a requirement of everyone's; a credential list
    (
        "Requirements:\n- Associate degree in HIM; or\n- HS diploma and 3 years of HIM "
        "experience\n- Must pass a background check",
        ("high_school", None, True),
    ),
    (
        "Requirements:\n- Two years of coding experience\n- CPC or CCS; or\n- RHIT",
        (None, 2.0, False),
    ),
    (
        "You need one of these:\n- two years of coding experience\n- Epic certification\n",
        (None, 2.0, False),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_ROUTES)
def test_every_listed_route_counts(text: str, expected: Flat) -> None:
    assert _flat(text) == expected


# --- options whose labels stand on lines of their own ("Pattern I" / "Experience: ..." / "AND" -
# --- / "Education: ..." then "Pattern II" / ...): each option is a route (state civil service) -

HEADED_OPTIONS: list[tuple[str, Flat]] = [
    (
        "MINIMUM QUALIFICATIONS\nEither pattern below qualifies.\n\nPattern I\nExperience: One "
        "year of full-time work in a hospital records unit.\nAND\nEducation: Graduation from "
        "high school.\n\nPattern II\nEducation: An associate degree in health information "
        "technology.\n\nLICENSE\nA valid driver's license is required.",
        ("high_school", None, True),
    ),
    (
        "Option 1\nAn associate degree in HIT.\nOption 2\nHigh school diploma\nPLUS\nthree years "
        "of medical records experience.\n\nSelection: applicants will take a written test.",
        ("high_school", None, True),
    ),
    (
        "ALTERNATIVE A\n- 18 months of experience coding outpatient records\nALTERNATIVE B\n- A "
        "coding certificate and six months of coding experience\n",
        # the least experience both routes ask is everyone's
        (None, 0.5, True),
    ),
    (
        "Pattern 1 -\nOne year of experience releasing health records and completion of the "
        "twelfth grade.\nPattern 2 -\nSixty semester units of college coursework in health "
        "information.\n",
        ("high_school", None, True),
    ),
    # each field's label on a line of its own too
    (
        "Pattern I\nExperience:\nTwo years of clerical work in a clinic.\nAND\nEducation:\n"
        "High school diploma.\n\nPattern II\nEducation:\nA certificate in medical office "
        "administration.\n\nSPECIAL REQUIREMENTS\nMust pass a background check.",
        ("high_school", None, True),
    ),
    # near-misses: labels of something else, a single option, options of one kind (credentials)
    (
        "Option 1\nMedical, dental and vision plans.\nOption 2\nA high-deductible plan with an "
        "HSA.\nTwo years of coding experience required.",
        (None, 2.0, False),
    ),
    (
        "Pattern I\nTwo years of coding experience.\n\nBenefits: medical, dental.",
        (None, 2.0, False),
    ),
    ("Option A\nRHIT\nOption B\nRHIA\nTwo years of HIM experience required.", (None, 2.0, False)),
]


@pytest.mark.parametrize(("text", "expected"), HEADED_OPTIONS)
def test_options_headed_on_their_own_lines_are_routes(text: str, expected: Flat) -> None:
    assert _flat(text) == expected


# --- years that are a credential's route: offered in place of a credential (also one outside ---
# --- the vocabulary, "in place of the CNA"), asked of those without one, or joined to a -------
# --- licence offered beside the credentials: required None (README, Experience) ---------------

#: (text, experience_years_required)
CREDENTIAL_ROUTES: list[tuple[str, float | None]] = [
    (
        "Must be a CNA, or have one year of medical records experience in a nursing home in "
        "place of the CNA.",
        None,
    ),
    (
        "Certified medication aide, or 2 years of long-term care records work in lieu of the "
        "certification.",
        None,
    ),
    ("CPC or CCS required; applicants without a credential need 4+ years of coding instead.", None),
    ("Those without the RHIT must have three years of HIM experience.", None),
    ("Requirements\n- CPC required\n- Without a certification, 5 years of pro-fee coding", None),
    (
        "Credentials: RHIA, RHIT, or an active RN license, plus 3 years in utilization review.",
        None,
    ),
    (
        "Must hold one of: RHIT, RHIA, or an active LPN license with at least 2 years in a "
        "skilled nursing facility's records office",
        None,
    ),
    ("CPC required. If you do not hold a CPC, you need 3 years of coding experience.", None),
    ("Non-certified candidates must have 3 years of coding experience.", None),
    ("CCS preferred; uncertified applicants need 4+ years of inpatient coding.", None),
    # near-misses: a clause break, the credential's own substitution, a licence asked beside the
    # years, the years joined to the credentials everyone needs, a break in service
    (
        "Those without a driver's license need not apply; two years of coding experience required.",
        2.0,
    ),
    ("Two years of coding experience required; RHIT accepted in place of the CCS.", 2.0),
    ("Valid driver's license and 2 years of experience required.", 2.0),
    ("RHIT or RHIA with 2 years of HIM experience required.", 2.0),
    ("Two years of experience without a break in service.", 2.0),
    ("Non-certified staff are paid less; 2 years of coding experience required.", 2.0),
    ("Do not apply without 2 years of coding experience.", 2.0),
]


@pytest.mark.parametrize(("text", "required"), CREDENTIAL_ROUTES)
def test_years_of_a_credentials_route_are_no_ones_requirement(
    text: str, required: float | None
) -> None:
    assert extract(text).experience_years_required == required


# --- a figure joined to its unit by a hyphen before a programme or a term ("our 12-week coding -
# --- academy", "a 6-month coding apprenticeship"): the programme's length, not experience -----

#: (text, experience_years_required)
PROGRAMME_LENGTHS: list[tuple[str, float | None]] = [
    ("Our 12-week Coding Academy pairs each trainee with a senior coder.", None),
    ("New hires start with a 6-month coding apprenticeship.", None),
    ("Complete our 10-week HIM boot camp before you take live records.", None),
    ("You'll join a 16-week coding cohort of six trainees.", None),
    ("A four-week orientation in the records office comes first.", None),
    ("Requirements:\n- 6-month medical records externship completed\n- HS diploma", None),
    # with "no experience required" beside it, the posting asks none
    (
        "Coder Trainee\nOur 12-week coding academy teaches you ICD-10-CM.\n\nYou must have\n- A "
        "coding certificate\n- No coding experience required",
        0.0,
    ),
    # near-misses: experience written the same way, or stated beside the programme
    ("2-year coding experience required.", 2.0),
    ("Requirements:\n- 1-year hospital coding experience\n- CPC", 1.0),
    ("Two years of coding experience, including one year in our coding academy.", 2.0),
    ("Must have 3 years of coding experience; our 12-week academy trains you on our encoder.", 3.0),
]


@pytest.mark.parametrize(("text", "required"), PROGRAMME_LENGTHS)
def test_a_programmes_length_is_no_experience(text: str, required: float | None) -> None:
    assert extract(text).experience_years_required == required


# --- one job hired at several levels ("Clerk I: ... No experience required." / "Clerk II: ... --
# --- two years ..."): a figure only a higher level asks is not everyone's, as for the grades of
# --- a federal announcement (README, Experience; docs/matching.md, "grade sections") ----------

#: (text, experience_years_required)
JOB_LEVELS: list[tuple[str, float | None]] = [
    (
        "Qualifications\nClerk I: High school diploma or GED. No experience required.\nClerk II: "
        "High school diploma or GED and two years of records experience.",
        None,
    ),
    (
        "Coder I - CPC-A accepted, no prior coding experience needed\nCoder II - CPC and 3 years "
        "of outpatient coding",
        None,
    ),
    (
        "We hire at two levels.\nHIM Specialist I\nHS diploma; entry level.\nHIM Specialist II\nHS "
        "diploma and 2+ years in a hospital HIM department.",
        None,
    ),
    (
        "Level 1: diploma or GED, will train.\nLevel 2: diploma or GED plus one year of release "
        "of information work.",
        None,
    ),
    # a level that states no figure asks none
    (
        "Tech I: associate degree in HIT.\nTech II: associate degree in HIT and two years of "
        "coding experience.",
        None,
    ),
    # near-misses: every level asks a figure (the least is everyone's), a single level, steps of
    # applying
    ("Coder I: 1 year of coding experience.\nCoder II: 3 years of coding experience.", 1.0),
    ("Clerk II: High school diploma and two years of records experience.", 2.0),
    (
        "Step 1: Apply online. No experience required to apply.\nStep 2: Two years of coding "
        "experience verified by references.",
        2.0,
    ),
]


@pytest.mark.parametrize(("text", "required"), JOB_LEVELS)
def test_a_figure_one_level_of_the_job_asks_is_not_everyones(
    text: str, required: float | None
) -> None:
    assert extract(text).experience_years_required == required
