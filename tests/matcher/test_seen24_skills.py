"""matcher.extract on skills as the retired unseen set seen24 showed employers name them (session
16, s16seen24): one table per general pattern, varied examples and near-misses in our own
wording (tests/data/extraction/README.md, Skills: a team's work is not the person's). Every
first case of a table failed on main 1a65313."""

from __future__ import annotations

import pytest

from matcher import extract

# --- the work of the teams the person works beside ("Works closely with the scanning and -----
# --- release of information teams"), and of a department's head count ("has 31 staff across --
# --- coding, release of information and document imaging"): not the person's skills ----------

OTHER_TEAMS_WORK: list[tuple[str, list[str]]] = [
    (
        "Analyzes discharged records in MEDITECH for missing signatures. Works closely with the "
        "scanning and release of information teams but does not perform their work.",
        ["meditech", "chart_analysis"],
    ),
    (
        "ABOUT THE DEPARTMENT\nThe HIM department has 31 staff across coding, record "
        "completion, release of information and document imaging.\nRESPONSIBILITIES\n- Code "
        "outpatient encounters with ICD-10-CM",
        ["icd10"],
    ),
    ("Codes in Epic; partners with the CDI and scanning teams on queries.", ["epic"]),
    (
        "Our unit is made up of ROI, scanning and coding staff. You will abstract cancer cases.",
        ["abstracting"],
    ),
    # near-misses: the person's own work beside the team's, a system worked with
    (
        "Works with the release of information team and processes ROI requests.",
        ["release_of_information"],
    ),
    ("Scan and index records; work closely with the coding team.", ["scanning_indexing"]),
    ("You will work with Epic and Cerner daily.", ["epic", "cerner"]),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_TEAMS_WORK)
def test_the_work_of_teams_beside_the_person_is_not_theirs(text: str, expected: list[str]) -> None:
    assert sorted(extract(text).skills) == sorted(expected)


# --- a sense the job needs, used on a work object ("must be able to read small print on -----
# --- scanned images"): a physical demand, not the skill ----------------------------------------

SENSES: list[tuple[str, list[str]]] = [
    (
        "PHYSICAL REQUIREMENTS\nFrequent sitting; occasional lifting of up to 25 pounds of "
        "records; must be able to read small print on scanned images.",
        [],
    ),
    ("Near vision to check scanned pages on screen for hours at a time.", []),
    ("Visual acuity sufficient to tell apart scanned forms that look alike.", []),
    # near-misses: the duty beside the sense, a skill read and applied
    ("Must be able to view scanned images and index them.", ["scanning_indexing"]),
    ("Ability to read and interpret CPT and ICD-10 guidelines.", ["cpt", "icd10"]),
    ("Scan documents into Epic; must be able to see small print.", ["scanning_indexing", "epic"]),
]


@pytest.mark.parametrize(("text", "expected"), SENSES)
def test_a_sense_used_on_a_work_object_is_no_skill(text: str, expected: list[str]) -> None:
    assert sorted(extract(text).skills) == sorted(expected)
