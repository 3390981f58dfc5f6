"""matcher.extract on text as real pages publish it (issue 15): page furniture, federal
boilerplate, credentials named by their issuing body. Every rule has near-misses beside it, so a
rule that reads too much fails as well as one that reads too little. Examples written by us.
"""

from __future__ import annotations

from typing import Any

import pytest

from matcher import extract


def _field(text: str, field: str) -> Any:
    r = extract(text)
    if field == "pay":
        return None if r.pay is None else (r.pay.min, r.pay.max, r.pay.period)
    if field == "certifications":
        return [(sorted(c.any_of), c.level) for c in r.certifications]
    value = getattr(r, field)
    return sorted(value) if isinstance(value, list) else value


FURNITURE = [
    # a field label and its value on separate lines
    ("Remote job\nNo\nTravel Required\nNot required", "workplace", "on_site"),
    ("Location\nDayton, OH\nRemote job\nYes", "workplace", "remote"),
    ("Telework eligible\nYes - as determined by the agency policy.", "workplace", "on_site"),
    (
        "Telework eligible\nYes\u2014ADHOC - as determined by the agency policy.",
        "workplace",
        "on_site",
    ),
    ("Telework eligible: Yes - ad hoc only", "workplace", "on_site"),
    # near-misses: regular telework days are a hybrid arrangement
    ("Telework eligible\nYes - up to two days per week from home", "workplace", "hybrid"),
    ("Telework eligible: Yes", "workplace", "hybrid"),
    # an appointment type that looks like a workplace word
    ("Appointment type\nHybrid Title 38\nWork schedule\nFull-time", "workplace", None),
    ("Hybrid Title 38 appointment, GS-5.", "workplace", None),
    ("Hybrid schedule: three days on site, two from home.", "workplace", "hybrid"),
    # field labels are not values
    ("Perm/Temp\nPermanent\nFT/PT\nFull-Time", "employment_types", ["full_time"]),
    ("Perm/Temp: Temporary\nFT/PT: Part-Time", "employment_types", ["part_time", "temporary"]),
    ("Appointment type\nPermanent\nWork schedule\nPart-time", "employment_types", ["part_time"]),
    ("Position Type:\n\nFull-Time", "employment_types", ["full_time"]),
    # a numbered tab menu opens no section: "4. Benefits & Other Info" does not make the rest
    # benefits
    (
        "1. Overview\n2. Duties\n3. Qualifications & Evaluations\n4. Benefits & Other Info\n"
        "5. How to Apply\n\nFull Time - Permanent\n",
        "employment_types",
        ["full_time"],
    ),
    (
        "1. Overview 2. Duties 3. Qualifications 4. Benefits\nPart-time, 20 hours.",
        "employment_types",
        ["part_time"],
    ),
    # near-miss: a real numbered benefits list is still benefits
    ("Benefits:\n1. Tuition aid for full-time staff\n2. Free parking", "employment_types", []),
    # salary lines with stray words
    ("Salary\n$46,949 to - $61,031 per year", "pay", (46949.0, 61031.0, "year")),
    ("Pay: $18.10 to \u2013 $22.40 per hour", "pay", (18.1, 22.4, "hour")),
    ("Pay: $18.10 - $22.40 per hour", "pay", (18.1, 22.4, "hour")),
]

BOILERPLATE = [
    # vaccination programmes are not seasonal work
    (
        "Participation in the seasonal influenza vaccination program is a requirement for all "
        "Health Care Personnel.",
        "employment_types",
        [],
    ),
    ("Seasonal flu shots are required of all staff.", "employment_types", []),
    ("Seasonal position: June through August.", "employment_types", ["temporary"]),
    # other people's temporary appointments
    (
        "(2) Employees who are appointed on a temporary basis prior to the effective date of the "
        "qualification standard may not have their temporary appointment extended.",
        "employment_types",
        [],
    ),
    (
        "This position is filled on a temporary basis for six months.",
        "employment_types",
        ["temporary"],
    ),
    # schooling, not the job's schedule or experience
    (
        "Substitution: one year of full-time academic study above high school.",
        "employment_types",
        [],
    ),
    (
        "Substitution: one year of full-time academic study above high school.",
        "experience_years_required",
        None,
    ),
    (
        "Requirements:\n- Full-time; one year of records experience.",
        "employment_types",
        ["full_time"],
    ),
    (
        "Requirements:\n- Full-time; one year of records experience.",
        "experience_years_required",
        1.0,
    ),
    # post-high school education is above high school, not the diploma
    ("Qualifications: one year of post-high school education.", "education_required", None),
    ("Qualifications: two years of post-high school education.", "education_required", "associate"),
    (
        "Qualifications: high school diploma and one year of post-high school education.",
        "education_required",
        "high_school",
    ),
    # a trial period is a condition of employment, not experience
    (
        "Conditions of Employment\nYou will be required to serve a 1 or 2-year trial period during "
        "which we will evaluate your fitness.",
        "experience_years_required",
        None,
    ),
    (
        "Conditions of Employment\nNew hires serve a one-year probationary period.",
        "experience_years_required",
        None,
    ),
    (
        "Conditions of Employment\nTwo years of experience in a medical office.",
        "experience_years_required",
        2.0,
    ),
    # the GED spelled out, and state equivalency certificates, are high school
    (
        "Education: You must possess one of the following: High school diploma, General Education "
        "Development equivalency certificate, or proficiency certificate from a State Board of "
        "Education.",
        "education_required",
        "high_school",
    ),
    (
        "Requirements: General Educational Development (GED) diploma.",
        "education_required",
        "high_school",
    ),
    # ... with the acronym in brackets before the document (session 11, lead: the document's
    # word was read as a certificate programme)
    (
        "Applicants must have a high school diploma or a General Educational Development (GED) "
        "certificate.",
        "education_required",
        "high_school",
    ),
    (
        "Must hold a high school diploma or the GED (General Educational Development) certificate.",
        "education_required",
        "high_school",
    ),
    (
        "High school diploma or high school equivalency (HSE) certificate required.",
        "education_required",
        "high_school",
    ),
    (
        "High school diploma or an equivalent (GED/HiSET) certificate required.",
        "education_required",
        "high_school",
    ),
    ("Requirements: medical coding certificate required.", "education_required", "certificate"),
    # near-misses: a certificate programme beside the bracketed GED is still asked
    (
        "Requires a high school diploma (or GED) and a certificate in medical coding.",
        "education_required",
        "certificate",
    ),
    (
        "High school diploma (GED accepted); coding certificate (CCA) required.",
        "education_required",
        "certificate",
    ),
]

_AHIMA = ["CCA", "CCS", "RHIA", "RHIT"]
_AAPC = ["COC", "CPC", "CPC-A"]
CREDENTIALS = [
    # credentials named by issuing body, and "one of the following" lists as one any-of group
    (
        "Certifications:\nPersons hired into this position must meet one of the following:\n"
        "- Coding Certification through AHIMA or AAPC*\n- HIM Certification through AHIMA **\n"
        "- Health Data Analyst Certification through AHIMA***\nEnglish Language Proficiency:\n",
        [(sorted(_AHIMA + _AAPC + ["CHDA"]), "required")],
    ),
    ("Health Data Analyst Certification through AHIMA required.", [(["CHDA"], "required")]),
    ("Requirements: Coding Specialist certification from AHIMA.", [(["CCS"], "required")]),
    # near-misses: no name before the body's certification gives the body's codes
    ("Requirements: Coding Certification through AAPC.", [(sorted(_AAPC), "required")]),
    ("Requirements: HIM certification through AHIMA.", [(sorted(_AHIMA), "required")]),
    # the list ends at an item with its own level
    (
        "You must hold one of the following:\n- RHIT\n- CCS\nPreferred: CDIP\n",
        [(["CCS", "RHIT"], "required"), (["CDIP"], "preferred")],
    ),
    ("Nice to have, any of the following:\n- CCS\n- CPC\n", [(["CCS", "CPC"], "preferred")]),
    # "one of the following shifts" is no credential list
    (
        "Requirements:\n- Available for one of the following shifts: days or evenings\n"
        "- CCS required\n- CPC required\n",
        [(["CCS"], "required"), (["CPC"], "required")],
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), FURNITURE)
def test_page_furniture(text: str, field: str, expected: Any) -> None:
    assert _field(text, field) == expected


@pytest.mark.parametrize(("text", "field", "expected"), BOILERPLATE)
def test_boilerplate(text: str, field: str, expected: Any) -> None:
    assert _field(text, field) == expected


@pytest.mark.parametrize(("text", "expected"), CREDENTIALS)
def test_credentials_named_by_body_and_lists(text: str, expected: Any) -> None:
    assert _field(text, "certifications") == expected


def test_an_equivalency_certificate_alone_is_high_school() -> None:
    text = "Requirements: equivalency certificate from a state board of education."
    assert _field(text, "education_required") == "high_school"


EXPERIENCE = [
    # job-board blocks: the largest required figure for the role's own work
    (
        "Experience:\n- Medical records: 2 years (Required)\n- Customer service: 3 years (Preferred)"  # noqa: E501
        "\n- Epic: 1 year (Required)\n",
        (2.0, 3.0),
    ),
    (
        "Experience:\n- HIPAA: 1 year (Required)\n- medical records: 2 years (Required)\n"
        "- medical office: 1 year (Preferred)\n",
        (2.0, 1.0),
    ),
    ("Experience:\n- Release of information: 6 months (Required)\n", (0.5, None)),
    # general office or customer-service work stated as required is the requirement
    (
        "Experience:\n- Customer service: 1 year (Required)\n- Microsoft Office: 2 years "
        "(Preferred)\n",
        (1.0, 2.0),
    ),
    ("Requirements:\n- 1 year of general office experience\n", (1.0, None)),
    ("Requirements:\n- Six months of customer service experience.\n", (0.5, None)),
    ("We need someone with 1 year of customer service.\n", (1.0, None)),
    ("Must have 2 years in customer service.\n", (2.0, None)),
    ("About you: 1+ year customer service (required), medical office a plus.\n", (1.0, None)),
    ("You bring 1 year of call center or retail customer service.\n", (1.0, None)),
    # near-misses: the employer's own years, and a skill without a figure
    ("Proud of 15 years of customer service excellence in our community.\n", (None, None)),
    ("Requirements:\n- Customer service skills.\n", (None, None)),
    # a total with a narrower part inside it
    (
        "Requirements:\n- Three years of experience, one of them in a hospital setting.\n",
        (3.0, None),
    ),
    ("Requirements:\n- Two years of records experience (one year in a hospital).\n", (2.0, None)),
    (
        "Requirements:\n- 3 years of coding experience, with at least 1 in inpatient coding.\n",
        (3.0, None),
    ),
    # near-misses: a second figure with its own cue, or an alternative, is no part
    ("Requirements:\n- 2 years of experience, 1 year preferred in coding.\n", (2.0, 1.0)),
    ("Requirements:\n- 2 years of experience in a clinic or 1 year in a hospital.\n", (1.0, None)),
    ("Requirements:\n- 1 year of experience, 2 years preferred.\n", (1.0, 2.0)),
    # soft headings make everything under them preferred
    (
        "Requirements:\n- High school diploma\nGood to have:\n- 2 years of coding experience\n",
        (None, 2.0),
    ),
    (
        "Requirements:\n- High school diploma\nNot required but helpful:\n- 1 year of records "
        "experience\n",
        (None, 1.0),
    ),
    ("Bonus points if you have:\n- one year in a hospital HIM department\n", (None, 1.0)),
    ("Great to have\n- 6 months of scanning experience\n", (None, 0.5)),
    # training for one system is not "no experience required"
    ("Requirements:\n- Epic training provided.\n", (None, None)),
    ("Training provided on our scheduling system.\n", (None, None)),
    ("Requirements: one year of records experience. Cerner training provided.\n", (1.0, None)),
    ("No experience? No problem - full training provided.\n", (0.0, None)),
    ("Training provided.\n", (0.0, None)),
]


@pytest.mark.parametrize(("text", "expected"), EXPERIENCE)
def test_experience_as_employers_list_it(text: str, expected: Any) -> None:
    r = extract(text)
    assert (r.experience_years_required, r.experience_years_preferred) == expected


def test_soft_heading_makes_education_and_credentials_preferred() -> None:
    r = extract(
        "Requirements:\n- High school diploma\nNot required but helpful:\n- Associate degree\n"
        "- CPC\n"
    )
    assert (r.education_required, r.education_preferred) == ("high_school", "associate")
    assert [(c.any_of, c.level) for c in r.certifications] == [(["CPC"], "preferred")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Note: appointees who held a temporary appointment before this standard took effect "
            "keep their temporary status until it ends.",
            [],
        ),
        ("Incumbents who hold temporary appointments may apply.", []),
        ("Appointment type: temporary, not to exceed one year.", ["temporary"]),
    ],
)
def test_other_peoples_appointments(text: str, expected: list[str]) -> None:
    assert _field(text, "employment_types") == expected
