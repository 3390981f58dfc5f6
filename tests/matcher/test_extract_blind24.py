"""Rules learnt from blind24.yaml (session 14's blind development set: b24-017, -039, -043),
each with our own varied phrasings and near-misses (lead, session 14).

- An abbreviation's dot inside a figure's words ("2 to 3 yrs billing exp. preferred") cut the
  words short of their cue: the years read as required.
- A terse second clause ("1 yr. hospital exp. req'd; 2 yrs pref.") was no figure: "pref." and
  "req'd" were no cue of a bare figure, and "exp." no word for experience.
- In a flattened list, a later item's cue ("high school diploma or GED, 1 year minimum
  experience ..., 2+ years preferred") reached back to the diploma: it read as preferred.
"""

from __future__ import annotations

import pytest

from matcher import extract

ABBREVIATED = [
    # (text, required, preferred)
    ("- 2 to 3 yrs billing exp. preferred", None, 2.0),
    ("3 yrs exp. pref.", None, 3.0),
    ("2-3 yrs. coding exp. strongly preferred", None, 2.0),
    (
        "Requirements\n- Min. 2 years coding in a clinic\n- 2 to 3 yrs billing exp. preferred",
        2.0,
        2.0,
    ),
    ("Two yrs of scanning exp. a plus", None, 2.0),
    ("1 yr. hospital exp. req'd; 2 yrs pref.", 1.0, 2.0),
    ("1 year of hospital experience required; 2 yrs pref.", 1.0, 2.0),
    ("1 yr hospital exp req'd; 2 yrs preferred", 1.0, 2.0),
    ("6 mos. records exp. required; 1 yr pref.", 0.5, 1.0),
    # near-misses: the figure's own cue still wins; a dot before a capital ends the sentence
    ("2 yrs coding exp. required", 2.0, None),
    ("1 yr. of coding exp. req. in a clinic", 1.0, None),
    ("2 yrs exp. Epic preferred.", 2.0, None),
    ("Min. 1 yr exp. and 2 yrs pref. in a hospital", 1.0, 2.0),
]


BLOCK_LINES = [
    # (text, required, preferred): a job board's marked areas, the label kept on each line
    # or a dash for the colon (b24-041); the role's own work is the requirement
    (
        "Experience: Medical records - 2 years (Required)\n"
        "Experience: Customer service - 1 year (Required)",
        2.0,
        None,
    ),
    (
        "Education: High school diploma (Required)\n"
        "Experience: Medical records: 2 years (Required)\n"
        "Experience: Customer service: 1 year (Required)",
        2.0,
        None,
    ),
    ("Medical billing - 3 years (Required)", 3.0, None),
    (
        "Experience: Epic - 2 years (Preferred)\nExperience: Medical records - 1 year (Required)",
        1.0,
        2.0,
    ),
    (
        "Experience:\nMedical records: 2 years (Required)\nCustomer service: 1 year (Required)",
        2.0,
        None,
    ),
    # near-misses: a period of something else is no experience
    ("Contract length - 6 months (Required)", None, None),
    ("Contract length: 6 months (Required)", None, None),
    ("Years in business: 25 years (Required)", None, None),
    ("Age - 18 years (Required)", None, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), ABBREVIATED + BLOCK_LINES)
def test_experience_figures_as_terse_lists_write_them(
    text: str, required: float | None, preferred: float | None
) -> None:
    req = extract(text)
    assert (req.experience_years_required, req.experience_years_preferred) == (
        required,
        preferred,
    )


FLATTENED = [
    # (text, education required, education preferred)
    (
        "reqs: high school diploma or GED, 1 year minimum experience indexing or scanning "
        "medical records, 2+ years preferred, 40 WPM typing",
        "high_school",
        None,
    ),
    ("HS diploma or GED, one year experience, two years preferred", "high_school", None),
    (
        "Must have: high school diploma, 6 months clinic experience, 1 yr preferred",
        "high_school",
        None,
    ),
    ("High school diploma, 2 years of college preferred", "high_school", "associate"),
    ("GED or diploma, at least 1 year of scanning, 3 years preferred", "high_school", None),
    # near-misses: the cue is the schooling's own
    ("High school diploma or GED preferred, 1 year of experience required", None, "high_school"),
    ("Associate degree preferred, 2 years of experience required", None, "associate"),
    ("Certificate in coding or HIM preferred", None, "certificate"),
]


@pytest.mark.parametrize(("text", "required", "preferred"), FLATTENED)
def test_a_later_items_cue_stays_with_its_item(
    text: str, required: str | None, preferred: str | None
) -> None:
    req = extract(text)
    assert (req.education_required, req.education_preferred) == (required, preferred)


LOWER_DEGREE_PLUS_YEARS = [
    # (text, education required, substitutable, experience required): the years after a lower
    # degree ("..., or an associate degree plus four years") are that route's own (b24-021)
    (
        "A bachelor's degree in HIM, or an associate degree plus four years of HIM experience.",
        "associate",
        True,
        None,
    ),
    (
        "Bachelor's in health information management, or associate's degree plus 2 years of "
        "coding experience.",
        "associate",
        True,
        None,
    ),
    (
        "An associate degree in HIT, or a coding certificate plus two years of coding experience.",
        "certificate",
        True,
        None,
    ),
    (
        "A master's degree, or a bachelor's degree plus three years of records management "
        "experience.",
        "bachelor",
        True,
        None,
    ),
    (
        "Education: A bachelor's degree in HIM or a related field, or an associate degree "
        "plus four years of HIM experience.\nExperience: Five years of HIM experience, "
        "including two in a lead role.",
        "associate",
        True,
        5.0,
    ),
    # near-misses: no comma, or the lower degree first: years asked beside both routes
    (
        "A certificate or an associate degree plus two years of experience.",
        "certificate",
        False,
        2.0,
    ),
    ("An associate degree or a certificate plus 2 years of experience.", "certificate", False, 2.0),
]


@pytest.mark.parametrize(("text", "education", "substitutable", "years"), LOWER_DEGREE_PLUS_YEARS)
def test_years_after_a_lower_degree_are_its_routes_own(
    text: str, education: str, substitutable: bool, years: float | None
) -> None:
    req = extract(text)
    assert (
        req.education_required,
        req.education_substitutable,
        req.experience_years_required,
    ) == (education, substitutable, years)


JOB_FIELDS = [
    # (text, shifts, skills): b24-042, b24-045, b24-022
    ("Full time | Days | Hybrid", ["day"], []),
    ("Part time \u2022 Days \u2022 Remote", ["day"], []),
    ("Full-Time | Days | $21.00/hr", ["day"], []),
    (
        "Requisition: HIM-2026-0418\nSchedule: Tuesday-Saturday, 10:00 a.m. to 6:30 p.m.",
        ["day", "weekend"],
        [],
    ),
    ("Req ID: REQ-2215-0630", [], []),
    ("Job ID 2026-0418", [], []),
    ("Requisition #2215-0630", [], []),
    ("Posting No. 1830-0715", [], []),
    ("Job: 0700-1530 M-F", ["day"], []),
    ("Schedule 2300-0730", ["night"], []),
    # days named as the ones off are no weekend shift
    ("Full time | Days off: Sat and Sun", [], []),
    ("We are closed on Saturdays.", [], []),
    ("Off every Sunday; works Mon-Sat", ["weekend"], []),
    ("Every other Saturday required", ["weekend"], []),
    (
        "MEDICAL RECORDS ASST wanted. FT days 8-4:30. Know Med terminology.",
        ["day"],
        ["medical_terminology"],
    ),
    ("Completed Med Term and A&P.", [], ["medical_terminology"]),
    ("Knowledge of medical terms required.", [], ["medical_terminology"]),
    # near-misses: a count of days, a clock range that is one, other "terms"
    ("Part time | Days per week: 3", [], []),
    ("Days per week: 4", [], []),
    ("Hours: 0700-1530", ["day"], []),
    ("Shift: 1900-0730 (nights)", ["night"], []),
    ("Med terms of employment apply; short-term disability.", [], []),
]


@pytest.mark.parametrize(("text", "shifts", "skills"), JOB_FIELDS)
def test_job_fields_and_terse_skills(text: str, shifts: list[str], skills: list[str]) -> None:
    req = extract(text)
    assert (sorted(req.shifts), sorted(req.skills)) == (sorted(shifts), sorted(skills))


def test_the_staff_holding_a_credential_is_no_requirement() -> None:
    """b24-045: a company blurb naming what its people hold."""
    blurbs = [
        "Our HIM director and four of our analysts hold the RHIA, and our team won an award.",
        "Four of our analysts hold the RHIA.",
        "Three of our abstractors have the CTR.",
        "Our registrars are CTRs.",
    ]
    for text in blurbs:
        assert extract(text).certifications == [], text
    # near-misses: what the job asks
    asked = [
        "Two of our analysts must hold the RHIA; you will need the RHIT.",
        "Our analysts are expected to hold the RHIT.",
        "Analysts hold the RHIA or RHIT (required).",
        "Our coders must hold the CCS.",
        "Like our coders, you must hold the CCS.",
        "Our coders are required to hold the CCS.",
    ]
    for text in asked:
        assert extract(text).certifications != [], text


ROUTE_WITH_ADDITIONAL_YEARS = [
    # (text, substitutable, the second route's years): "one additional year" is that route's
    (
        "You will also need one of the following: graduation from an accredited HIT associate "
        "program, or a coding certificate plus one additional year of experience.",
        True,
        1.0,
    ),
    (
        "An associate degree in HIM, or a certificate with two more years of records experience.",
        True,
        2.0,
    ),
    (
        "Associate degree in HIT; or a coding certificate and an additional year of coding "
        "experience.",
        True,
        1.0,
    ),
]


@pytest.mark.parametrize(("text", "substitutable", "years"), ROUTE_WITH_ADDITIONAL_YEARS)
def test_additional_years_belong_to_their_route(
    text: str, substitutable: bool, years: float
) -> None:
    req = extract(text)
    assert req.education_substitutable is substitutable
    assert [p.experience_years for p in req.paths][-1] == years
    assert req.experience_years_required is None


def test_everyones_years_stay_beside_a_route_with_additional_years() -> None:
    text = (
        "To be considered you need a minimum of 2 yrs. of experience in health information or "
        "a medical office. You will also need one of the following: graduation from an "
        "accredited HIT associate program, or a coding certificate plus one additional year of "
        "experience beyond the two above."
    )
    req = extract(text)
    assert req.experience_years_required == 2.0
    assert req.education_substitutable is True and len(req.paths) == 2
