"""The same posting written in another layout reads alike (session 13, s13form): rules that
take the layout test's known changes away (test_extract_layout.py KNOWN). Each table holds
short postings in our own words, written once as a plain page has them and once in the other
layout; both must give the same answers, and those answers are stated. Near-misses are lines
that look like the layout but are not (a range wrapped after its dash, prose going on)."""

from __future__ import annotations

from typing import Any

import pytest

from matcher import extract
from matcher._sentences import split_sentences
from tests.matcher._labelled import FIELDS, normal


def _answers(text: str) -> dict[str, Any]:
    got = extract(text)
    return {f: v for f in FIELDS if (v := normal(f, getattr(got, f))) not in (None, [], False)}


# A heading with a dash for its colon ("Required -"): the same section as "Required:".
# (colon form, dash form, answers)
DASH_HEADINGS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Records Analyst\nMust hold one of:\n- RHIA\n- RHIT\nPreferred:\n- CDIP",
        "Records Analyst\nMust hold one of -\n- RHIA\n- RHIT\nPreferred -\n- CDIP",
        {"certifications": [(["CDIP"], "preferred", None), (["RHIA", "RHIT"], "required", None)]},
    ),
    (
        "Coding Specialist\n\nRequired:\n- CPC or CCS\n- Two years of outpatient coding\n"
        "Nice to have:\n- RHIT",
        "Coding Specialist\n\nRequired -\n- CPC or CCS\n- Two years of outpatient coding\n"
        "Nice to have -\n- RHIT",
        {
            "experience_years_required": 2.0,
            "certifications": [(["CCS", "CPC"], "required", None), (["RHIT"], "preferred", None)],
        },
    ),
    (
        "Release of Information Clerk\nEducation:\nHigh school diploma or GED\nExperience:\n"
        "One year in a medical office",
        "Release of Information Clerk\nEducation -\nHigh school diploma or GED\nExperience -\n"
        "One year in a medical office",
        {
            "education_required": "high_school",
            "experience_years_required": 1.0,
            "skills": ["release_of_information"],
        },
    ),
    (
        "Qualifications:\n\nAssociate degree in health information\n"
        "Three years of coding in a hospital",
        "Qualifications -\n\nAssociate degree in health information\n"
        "Three years of coding in a hospital",
        {"education_required": "associate", "experience_years_required": 3.0},
    ),
    (
        "HIM Director\nMinimum requirements:\nBachelor's degree in health information management\n"
        "RHIA required\nPreferred qualifications:\nMaster's degree\nFive years of management",
        "HIM Director\nMinimum requirements –\nBachelor's degree in health information management\n"
        "RHIA required\nPreferred qualifications —\nMaster's degree\nFive years of management",
        {
            "education_required": "bachelor",
            "education_preferred": "master",
            "experience_years_preferred": 5.0,
            "certifications": [(["RHIA"], "required", None)],
        },
    ),
    (
        "Cancer Registrar\nDesired:\nCTR\nRequired:\nTwo years in a registry",
        "Cancer Registrar\nDesired -\nCTR\nRequired -\nTwo years in a registry",
        {"experience_years_required": 2.0, "certifications": [(["CTR"], "preferred", None)]},
    ),
]


@pytest.mark.parametrize(("colon", "dash", "answers"), DASH_HEADINGS)
def test_a_dash_heading_reads_as_its_colon(colon: str, dash: str, answers: dict[str, Any]) -> None:
    assert _answers(colon) == answers
    assert _answers(dash) == answers


# near-misses: a range wrapped after its dash, a sentence going on after one, a dash mid-line
DASH_NOT_HEADINGS: list[tuple[str, list[str]]] = [
    ("Pay is $18 -\n$21 an hour.", ["Pay is $18 -", "$21 an hour."]),
    ("Call us today -\nwe are hiring now.", ["Call us today -", "we are hiring now."]),
    (
        "Medical Records Clerk - Salem, OR\nFull time, days.",
        ["Medical Records Clerk - Salem, OR", "Full time, days."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DASH_NOT_HEADINGS)
def test_a_dash_that_ends_no_heading_stays(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


# A job board's block with a blank line between every line (its HTML gave each line a <p>):
# the level mark under an item is still the item's ("Medical billing: 3 years" / "Required").
# (the block as the page copies, the same with blank lines, answers)
MARKS_APART: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Qualifications\nEducation\nAssociate (Required)\nExperience\n"
        "Medical billing: 3 years (Required)\nEpic: 1 year (Preferred)\n"
        "Licenses & certifications\nCPC (Preferred)",
        "Qualifications\n\nEducation\n\nAssociate\n\nRequired\n\nExperience\n\n"
        "Medical billing: 3 years\n\nRequired\n\nEpic: 1 year\n\nPreferred\n\n"
        "Licenses & certifications\n\nCPC\n\nPreferred",
        {
            "education_required": "associate",
            "experience_years_required": 3.0,
            "experience_years_preferred": 1.0,
            "certifications": [(["CPC"], "preferred", None)],
            "skills": ["billing", "epic"],
        },
    ),
    (
        "Experience\nRelease of information: 1 year (Preferred)\nEducation\n"
        "High school or equivalent (Required)",
        "Experience\n\nRelease of information: 1 year\n\nPreferred\n\nEducation\n\n"
        "High school or equivalent\n\nRequired",
        {
            "education_required": "high_school",
            "experience_years_preferred": 1.0,
            "skills": ["release_of_information"],
        },
    ),
    (
        "Licenses & certifications\nRHIT (Required)\nCCS (Preferred)\nShift availability\n"
        "Day Shift (Required)",
        "Licenses & certifications\n\nRHIT\n\nRequired\n\nCCS\n\nPreferred\n\n"
        "Shift availability\n\nDay Shift\n\nRequired",
        {
            "certifications": [(["CCS"], "preferred", None), (["RHIT"], "required", None)],
            "shifts": ["day"],
        },
    ),
    (
        "Education\nBachelor's (Preferred)\nExperience\nCancer registry: 2 years (Required)\n"
        "License/Certification\nCTR (Required)",
        "Education\n\nBachelor's\n\nPreferred\n\nExperience\n\nCancer registry: 2 years\n\n"
        "Required\n\nLicense/Certification\n\nCTR\n\nRequired",
        {
            "education_preferred": "bachelor",
            "experience_years_required": 2.0,
            "certifications": [(["CTR"], "required", None)],
        },
    ),
    # near-miss: "Required" after a blank line but over a list is the list's heading
    (
        "Records Clerk\nEducation\nHigh school diploma\nRequired:\n- Two years of office work\n"
        "- CPC",
        "Records Clerk\nEducation\nHigh school diploma\n\nRequired\n- Two years of office work\n"
        "- CPC",
        {
            "education_required": "high_school",
            "experience_years_required": 2.0,
            "certifications": [(["CPC"], "required", None)],
        },
    ),
]


@pytest.mark.parametrize(("compact", "apart", "answers"), MARKS_APART)
def test_a_level_mark_apart_from_its_item(
    compact: str, apart: str, answers: dict[str, Any]
) -> None:
    assert _answers(compact) == answers
    assert _answers(apart) == answers


# A run-in label set over its value ("What we offer:" / "tuition help, ..."): the value opens in
# lower case, so the label's section ends with it, as when both stand on one line; the block
# after the blank line is no longer read as benefits. (inline form, label over value, answers)
RUN_IN_LABELS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Scanning Clerk\nWhat we offer: tuition help, a free parking pass and paid holidays.\n\n"
        "Part-time, weekends only.",
        "Scanning Clerk\nWhat we offer:\ntuition help, a free parking pass and paid holidays.\n\n"
        "Part-time, weekends only.",
        {"employment_types": ["part_time"], "shifts": ["weekend"], "skills": ["scanning_indexing"]},
    ),
    (
        "Coder II\nPerks: remote equipment, CEU money and a yearly bonus.\n\n"
        "Full time. Day shift, 7 to 3:30.",
        "Coder II\nPerks:\nremote equipment, CEU money and a yearly bonus.\n\n"
        "Full time. Day shift, 7 to 3:30.",
        {"employment_types": ["full_time"], "shifts": ["day"]},
    ),
    (
        "Registrar\nGrowth: registrars may move into a lead role after two years.\n\n"
        "Night shift, 32 hours a week, part time.",
        "Registrar\nGrowth:\nregistrars may move into a lead role after two years.\n\n"
        "Night shift, 32 hours a week, part time.",
        {"employment_types": ["part_time"], "shifts": ["night"]},
    ),
    # near-miss: a level's heading over lower-case items keeps its level past the blank line
    (
        "Records Clerk\nNice to have:\ncoding certificate\nbilingual, CPC",
        "Records Clerk\nNice to have:\ncoding certificate\n\nbilingual, CPC",
        {"education_preferred": "certificate", "certifications": [(["CPC"], "preferred", None)]},
    ),
]


@pytest.mark.parametrize(("inline", "over", "answers"), RUN_IN_LABELS)
def test_a_run_in_label_over_its_value(inline: str, over: str, answers: dict[str, Any]) -> None:
    assert _answers(inline) == answers
    assert _answers(over) == answers


# A job board's field list flattened after its label ("Experience: Medical billing: 1 year
# (Required); Epic: 1 year (Preferred)"): read as the list under the label, each item with its
# own label and level. (the list, flattened with ";" and with " • ", answers)
FLAT_FIELD_LISTS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "Billing Specialist\nExperience:\n- Medical billing: 1 year (Required)\n"
        "- Denials management: 3 years (Required)\n- Epic: 1 year (Preferred)",
        "Billing Specialist\nExperience: Medical billing: 1 year (Required); Denials management: "
        "3 years (Required); Epic: 1 year (Preferred).",
        "Billing Specialist\nExperience: Medical billing: 1 year (Required) • Denials management: "
        "3 years (Required) • Epic: 1 year (Preferred)",
        {
            "experience_years_required": 1.0,
            "experience_years_preferred": 1.0,
            "skills": ["billing", "epic"],
        },
    ),
    (
        "Clerk\nExperience:\n- Office work: 2 years (Preferred)\n"
        "- Medical terminology: 1 year (Preferred)",
        "Clerk\nExperience: Office work: 2 years (Preferred); Medical terminology: 1 year "
        "(Preferred).",
        "Clerk\nExperience: Office work: 2 years (Preferred) • Medical terminology: 1 year "
        "(Preferred)",
        {"experience_years_preferred": 2.0, "skills": ["medical_terminology"]},
    ),
    (
        "ROI Specialist\nExperience:\n- Release of information: 4 years (Required)\n"
        "- HIPAA: 1 year (Required)",
        "ROI Specialist\nExperience: Release of information: 4 years (Required); HIPAA: 1 year "
        "(Required).",
        "ROI Specialist\nExperience: Release of information: 4 years (Required) • HIPAA: 1 year "
        "(Required)",
        {"experience_years_required": 4.0, "skills": ["hipaa", "release_of_information"]},
    ),
    (
        "Coder\nLicense/Certification:\n- CPC (Required)\n- CRC (Preferred)",
        "Coder\nLicense/Certification: CPC (Required); CRC (Preferred).",
        "Coder\nLicense/Certification: CPC (Required) • CRC (Preferred)",
        {"certifications": [(["CPC"], "required", None), (["CRC"], "preferred", None)]},
    ),
]


@pytest.mark.parametrize(("listed", "semi", "dots", "answers"), FLAT_FIELD_LISTS)
def test_a_flattened_field_list(listed: str, semi: str, dots: str, answers: dict[str, Any]) -> None:
    assert _answers(listed) == answers
    assert _answers(semi) == answers
    assert _answers(dots) == answers


# near-misses: a label that names no field keeps its line whole ("Notes: call ...; ask ..."),
# and a field label over items without labels of their own stays on its first item
FLAT_NOT_LISTS: list[tuple[str, list[str]]] = [
    ("Notes: call Mon-Fri; ask for Dana", ["Notes: call Mon-Fri", "ask for Dana"]),
    (
        "Experience: two years in a clinic; RHIT preferred",
        ["Experience: two years in a clinic", "RHIT preferred"],
    ),
    (
        "Experience: Coding: 2 years (Required); Epic: 1 year (Preferred)",
        ["Experience:", "Coding: 2 years (Required)", "Epic: 1 year (Preferred)"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FLAT_NOT_LISTS)
def test_a_flattened_line_splits_as_written(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


# A list without bullets where one item runs far longer than every other line: the editor did
# not wrap it (it would have wrapped others near it), so the next item stays apart. (bulleted,
# without bullets, answers)
LONG_ITEMS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Inpatient Coder\nFull time, remote.\n\nRequired:\n- CCS from AHIMA\n- Associate degree in "
        "health information from an accredited program, or an equivalent mix of schooling and "
        "coding work\n- 3 years of inpatient coding\n\nPreferred: RHIA.",
        "Inpatient Coder\nFull time, remote.\n\nRequired:\nCCS from AHIMA\nAssociate degree in "
        "health information from an accredited program, or an equivalent mix of schooling and "
        "coding work\n3 years of inpatient coding\n\nPreferred: RHIA.",
        {
            "education_required": "associate",
            "experience_years_required": 3.0,
            "certifications": [(["CCS"], "required", None), (["RHIA"], "preferred", None)],
            "employment_types": ["full_time"],
            "workplace": "remote",
        },
    ),
    (
        "Records Lead\nNursing home, days.\n\nQualifications\n- Associate degree in health "
        "information technology or the same years of records work instead\n- At least four "
        "years in long-term care records\n- Comfortable with PointClickCare",
        "Records Lead\nNursing home, days.\n\nQualifications\nAssociate degree in health "
        "information technology or the same years of records work instead\nAt least four "
        "years in long-term care records\nComfortable with PointClickCare",
        {"education_required": "associate", "experience_years_required": 4.0, "shifts": ["day"]},
    ),
    (
        "Data Integrity Analyst\nHybrid.\n\nQualifications\n- Associate degree required; a "
        "bachelor's in health information management would be a plus for us\n- Two years of "
        "master patient index work\n- RHIT preferred",
        "Data Integrity Analyst\nHybrid.\n\nQualifications\nAssociate degree required; a "
        "bachelor's in health information management would be a plus for us\nTwo years of "
        "master patient index work\nRHIT preferred",
        {
            "education_required": "associate",
            "education_preferred": "bachelor",
            "experience_years_required": 2.0,
            "certifications": [(["RHIT"], "preferred", None)],
            "workplace": "hybrid",
        },
    ),
    (
        "Unit Clerk\nPart time, evenings.\n\nWhat you bring:\n- High school diploma; a medical "
        "terminology course from a community college is a nice extra\n- 1+ year in a hospital "
        "unit\n- CPR card",
        "Unit Clerk\nPart time, evenings.\n\nWhat you bring:\nHigh school diploma; a medical "
        "terminology course from a community college is a nice extra\n1+ year in a hospital "
        "unit\nCPR card",
        {
            "education_required": "high_school",
            "experience_years_required": 1.0,
            "employment_types": ["part_time"],
            "shifts": ["evening"],
            "skills": ["medical_terminology"],
        },
    ),
]


@pytest.mark.parametrize(("bulleted", "bare", "answers"), LONG_ITEMS)
def test_a_long_item_without_bullet_stays_apart(
    bulleted: str, bare: str, answers: dict[str, Any]
) -> None:
    assert _answers(bulleted) == answers
    assert _answers(bare) == answers


# wrapped lines that still join: a range broken after its dash, an aside in brackets on the
# next line; and the long item above kept apart in a text of several lines (in a text of a few
# lines a single long line may be the only wrapped one, and joins as before)
LONG_LINES: list[tuple[str, list[str]]] = [
    (
        "Scheduler\nPay and hours\nEvenings, 3:00 PM to 11:30 PM, every third weekend. Pay $19.10 "
        "-\n$23.80 per hour.\nNeeds a diploma.\nCall Dana.",
        [
            "Scheduler",
            "Pay and hours",
            "Evenings, 3:00 PM to 11:30 PM, every third weekend.",
            "Pay $19.10 - $23.80 per hour.",
            "Needs a diploma.",
            "Call Dana.",
        ],
    ),
    (
        "Clerk\nDays only.\nFront desk.\nSchedule: Monday to Friday. Status: part-time, with one "
        "Saturday clinic per month\n(8 a.m. to noon).\nDiploma needed.",
        [
            "Clerk",
            "Days only.",
            "Front desk.",
            "Schedule: Monday to Friday.",
            "Status: part-time, with one Saturday clinic per month (8 a.m. to noon).",
            "Diploma needed.",
        ],
    ),
    (
        "Records Lead\nNursing home, days.\n\nQualifications\nAssociate degree in health "
        "information technology or the same years of records work instead\nAt least four "
        "years in long-term care records",
        [
            "Records Lead",
            "Nursing home, days.",
            "Qualifications",
            "Associate degree in health information technology or the same years of records work"
            " instead",
            "At least four years in long-term care records",
        ],
    ),
    (
        "Must pass a typing test at 35 words per minute and show working knowledge of Microsoft\n"
        "Word and Excel.",
        [
            "Must pass a typing test at 35 words per minute and show working knowledge of"
            " Microsoft Word and Excel."
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONG_LINES)
def test_long_lines_split_as_written(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


# A Workday-like page's fields with each label over its value, the value a few capitalised words
# ("Remote Type:" / "On-site"): one field, as on one line ("Remote Type" alone read as remote).
# (one line, label over value, answers)
LABELS_OVER: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Coding Specialist\nTime Type: Part time\nWork Shift: Second Shift\nRemote Type: On-site\n"
        "\nJob Description\nCode outpatient visits.",
        "Coding Specialist\nTime Type:\nPart time\nWork Shift:\nSecond Shift\nRemote Type:\n"
        "On-site\n\nJob Description\nCode outpatient visits.",
        {"employment_types": ["part_time"], "workplace": "on_site", "shifts": ["evening"]},
    ),
    (
        "Release of Information Clerk\nRemote Type: Fully Remote\nTime Type: Full time\n\n"
        "Job Description\nAnswer record requests from attorneys.",
        "Release of Information Clerk\nRemote Type:\nFully Remote\nTime Type:\nFull time\n\n"
        "Job Description\nAnswer record requests from attorneys.",
        {
            "employment_types": ["full_time"],
            "workplace": "remote",
            "skills": ["release_of_information"],
        },
    ),
    (
        "Registrar\nWorkplace Type: Hybrid\nEmployment Type: Temporary\nSchedule: Night Shift\n\n"
        "Duties\nRegister patients overnight.",
        "Registrar\nWorkplace Type:\nHybrid\nEmployment Type:\nTemporary\nSchedule:\nNight Shift\n"
        "\nDuties\nRegister patients overnight.",
        {"employment_types": ["temporary"], "workplace": "hybrid", "shifts": ["night"]},
    ),
    (
        "HIM Clerk\nLocation Type: On Site\nPosition Type: Per Diem\n\nAbout the job\n"
        "File and scan records.",
        "HIM Clerk\nLocation Type:\nOn Site\nPosition Type:\nPer Diem\n\nAbout the job\n"
        "File and scan records.",
        {
            "employment_types": ["per_diem"],
            "workplace": "on_site",
            "skills": ["scanning_indexing"],
        },
    ),
    # near-miss: a section's heading over a sub-heading and a blank line stays a heading
    (
        "Qualifications:\nMinimum Requirements\n- HS diploma\n- Two years in a clinic",
        "Qualifications:\nMinimum Requirements\n\n- HS diploma\n- Two years in a clinic",
        {"education_required": "high_school", "experience_years_required": 2.0},
    ),
]


@pytest.mark.parametrize(("inline", "over", "answers"), LABELS_OVER)
def test_a_label_over_a_capitalised_value(inline: str, over: str, answers: dict[str, Any]) -> None:
    assert _answers(inline) == answers
    assert _answers(over) == answers


# A credential's name broken by the wrap after "or" or after its first capitalised words: the
# next line, capitalised like a heading, is the rest of the name. (Our own list items, wrapped
# at 60 and 64 columns.)
NAMES_BROKEN: list[tuple[str, list[str]]] = [
    (
        "Scanning Clerk\nA high school diploma and a year of clerical work at a\nclinic or "
        "hospital.\nCertified Medical Administrative Assistant (CMAA) or\nCertified Medical "
        "Assistant (CMA)\nAnswers the phones and scans every chart the same day it\narrives from "
        "the floors.",
        [
            "Scanning Clerk",
            "A high school diploma and a year of clerical work at a clinic or hospital.",
            "Certified Medical Administrative Assistant (CMAA) or Certified Medical Assistant"
            " (CMA)",
            "Answers the phones and scans every chart the same day it arrives from the floors.",
        ],
    ),
    (
        "Scanning Clerk\nA high school diploma and a year of clerical work at a clinic or\n"
        "hospital.\nCertified Medical Administrative Assistant (CMAA) or Certified\nMedical "
        "Assistant (CMA)\nAnswers the phones and scans every chart the same day it arrives\n"
        "from the floors.",
        [
            "Scanning Clerk",
            "A high school diploma and a year of clerical work at a clinic or hospital.",
            "Certified Medical Administrative Assistant (CMAA) or Certified Medical Assistant"
            " (CMA)",
            "Answers the phones and scans every chart the same day it arrives from the floors.",
        ],
    ),
    (
        "Outpatient Coder\nCodes clinic visits from provider notes in Epic and answers\ncoder "
        "questions.\nCertified Coding Specialist - Physician (CCS-P) or Certified\nProfessional "
        "Coder (CPC)\nTwo years of professional fee coding in a multi-specialty\ngroup practice.",
        [
            "Outpatient Coder",
            "Codes clinic visits from provider notes in Epic and answers coder questions.",
            "Certified Coding Specialist - Physician (CCS-P) or Certified Professional Coder (CPC)",
            "Two years of professional fee coding in a multi-specialty group practice.",
        ],
    ),
    # near-misses: a title over the company's name, a list item ending on a state and "or",
    # an item ending on an acronym before the next item
    (
        "Records Clerk - Pediatric Clinic\nMapleton Family Health\nFull time.",
        ["Records Clerk - Pediatric Clinic", "Mapleton Family Health", "Full time."],
    ),
    (
        "- Must live in Ohio, Indiana, Kentucky or Michigan\nBonus points\n- Epic",
        ["Must live in Ohio, Indiana, Kentucky or Michigan", "Bonus points", "Epic"],
    ),
    (
        "Requirements\nCertificate from an approved coding program or associate degree in HIT\n"
        "CPC, CCA or CCS\nOne year of coding experience, with two years in a hospital preferred",
        [
            "Requirements",
            "Certificate from an approved coding program or associate degree in HIT",
            "CPC, CCA or CCS",
            "One year of coding experience, with two years in a hospital preferred",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_BROKEN)
def test_a_name_broken_by_the_wrap(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


# A job page's tab menu with its numbers taken away (an HTML list of links, bullets dropped):
# headings in a row naming three or more kinds of section are no headings; the section after
# them is the one before. (numbered, bare, answers)
MENUS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "Medical Support Assistant\n1. Overview\n2. Duties\n3. Qualifications & Evaluations\n"
        "4. Benefits & Other Info\n5. How to Apply\n\nFull Time - Permanent\n"
        "$40,000 to $52,000 per year",
        "Medical Support Assistant\nOverview\nDuties\nQualifications & Evaluations\n"
        "Benefits & Other Info\nHow to Apply\n\nFull Time - Permanent\n$40,000 to $52,000 per year",
        {"employment_types": ["full_time"], "pay": (40000.0, 52000.0, "year")},
    ),
    (
        "Records Technician\n1. Summary\n2. Duties\n3. Requirements\n4. Benefits\n5. How to apply"
        "\n\nPart-time, evenings. One year of records work.",
        "Records Technician\nSummary\nDuties\nRequirements\nBenefits\nHow to apply\n\n"
        "Part-time, evenings. One year of records work.",
        {
            "experience_years_required": 1.0,
            "employment_types": ["part_time"],
            "shifts": ["evening"],
        },
    ),
    (
        "Coder\nOverview\nResponsibilities\nQualifications\nPerks\nApply\n\n"
        "Full time, remote. CPC required.",
        "Coder\nOverview\nResponsibilities\nQualifications\nPerks\nApply\n"
        "Full time, remote. CPC required.",
        {
            "certifications": [(["CPC"], "required", None)],
            "employment_types": ["full_time"],
            "workplace": "remote",
        },
    ),
]


@pytest.mark.parametrize(("numbered", "bare", "answers"), MENUS)
def test_a_tab_menu_without_numbers(numbered: str, bare: str, answers: dict[str, Any]) -> None:
    assert _answers(numbered) == answers
    assert _answers(bare) == answers


def test_sub_headings_in_a_row_keep_their_section() -> None:
    """Near-miss: "Qualifications" / "Preferred" / "Education" name fewer than three kinds."""
    got = split_sentences("Qualifications\nPreferred\nEducation\nAn associate degree")
    assert got[-1].section == "preferred"


# Items without bullets after a long one that stops without a stop: an item opening with a
# capitalised article or number ("Five years ...", "A current CPR card") is a new item, not the
# line above going on (in a sentence these are written in lower case). A line ending on a word
# no sentence ends with still goes on ("... from" + "The American Registry ...").
ITEM_OPENERS: list[tuple[str, list[str]]] = [
    (
        "Required\n\nBachelor's degree or an equivalent combination of schooling and experience\n"
        "Five years of outpatient coding, two of them as an auditor\nOne of these: RHIA, RHIT",
        [
            "Required",
            "Bachelor's degree or an equivalent combination of schooling and experience",
            "Five years of outpatient coding, two of them as an auditor",
            "One of these: RHIA, RHIT",
        ],
    ),
    (
        "What you need\nA high school diploma and a year at a front desk in a busy clinic\n"
        "A current CPR card\nThe ability to lift 25 pounds",
        [
            "What you need",
            "A high school diploma and a year at a front desk in a busy clinic",
            "A current CPR card",
            "The ability to lift 25 pounds",
        ],
    ),
    (
        "Minimum of six months of customer service in a hospital setting - Required\n"
        "Two years of patient registration experience - Preferred",
        [
            "Minimum of six months of customer service in a hospital setting - Required",
            "Two years of patient registration experience - Preferred",
        ],
    ),
    (
        "Registry staff need a current credential issued by the national board or from\n"
        "The American Registry of Radiologic Technologists.",
        [
            "Registry staff need a current credential issued by the national board or from The"
            " American Registry of Radiologic Technologists."
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ITEM_OPENERS)
def test_an_item_opening_with_a_capitalised_article(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


# Two "Label: value" lines are two fields even when the first is the text's longest line (the
# fit test cannot tell there): a career site's licence list (session 13, lead; our own words).
LABELLED_LINES: list[tuple[str, list[str]]] = [
    (
        "Licenses/Certifications\n"
        "Certified Coding Specialist (CCS) - AHIMA: Required within 12 Months\n"
        "Registered Health Information Technician (RHIT) - AHIMA: Preferred",
        [
            "Licenses/Certifications",
            "Certified Coding Specialist (CCS) - AHIMA: Required within 12 Months",
            "Registered Health Information Technician (RHIT) - AHIMA: Preferred",
        ],
    ),
    # near-miss: a wrapped sentence whose next line holds no label goes on
    (
        "Requirements: one year of experience in a hospital or clinic records office, and\n"
        "Registered Health Information Technician (RHIT) preferred.",
        [
            "Requirements: one year of experience in a hospital or clinic records office, and "
            "Registered Health Information Technician (RHIT) preferred."
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_LINES)
def test_two_labelled_lines_are_two_fields(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_a_licence_list_keeps_each_level() -> None:
    got = extract(LABELLED_LINES[0][0])
    assert [(g.any_of, g.level, g.within_months) for g in got.certifications] == [
        (["CCS"], "required", 12),
        (["RHIT"], "preferred", None),
    ]
