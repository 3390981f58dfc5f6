"""The relevance gaps s12rel's report named, each closed by a general rule (docs/relevance.md).

Provenance: every title and context below was written by helper s12rel2 (session 12, 2026-12-04)
in its own words, as employers and job boards title jobs; none is copied from a posting or from
an unseen set. Each table holds the titles the rule is for and near-misses it must leave alone.
"""

from __future__ import annotations

import re

import pytest

from matcher import _titles, relevance

# Entry-level coders are the core of the domain (docs/domain.md): "trainee", "apprentice",
# "intern", "extern" and "in training" read as one marker, so "Coding Trainee" is a coder. A bare
# coding trainee is ambiguous like a bare "Coder" (software bootcamps train coders too); a title
# naming what is coded ("Inpatient Coding Trainee") is kept with no text.
ENTRY_LEVEL_CODERS: list[tuple[str, str, bool]] = [
    ("Coding Trainee", "Regional hospital HIM department: learn ICD-10 coding with a mentor", True),
    ("Coding Apprentice", "physician practice; code office visits from patient charts", True),
    ("Coder in Training", "outpatient surgery center", True),
    ("Medical Coding Intern", "", True),
    ("Junior Coder", "community clinic coding team", True),
    ("Entry-Level Coder - Remote", "health system coding department", True),
    ("Inpatient Coding Trainee", "", True),
    ("Pro Fee Coding Apprentice", "", True),
    ("Risk Adjustment Coding Intern (Summer)", "", True),
    ("Trainee, Medical Records", "", True),
    ("HIM Externship", "", True),
    ("Medical Records Clerk Trainee", "hospital", True),
    # near-misses: no health setting, software, other trainees
    ("Coding Trainee", "", False),
    ("Coding Apprentice", "software bootcamp: learn Python and JavaScript", False),
    ("Junior Coder", "game studio, C++ gameplay code", False),
    ("Coder in Training", "web development agency building React sites", False),
    ("Medical Assistant Intern", "family clinic", False),
    ("Nursing Apprentice", "hospital", False),
    ("Pharmacy Technician Trainee", "hospital pharmacy", False),
    ("Trainee", "", False),
    ("Sales Trainee", "medical device company", False),
]

# docs/relevance.md "Management": directors, managers and supervisors are dropped (a lead is
# kept), except the records head of a long-term care facility, named in the title or by the text
# more often than an acute setting: there it is the building's records clerk by another name.
MANAGEMENT: list[tuple[str, str, bool]] = [
    ("Medical Records Director", "Maple Grove skilled nursing facility, 90 beds", True),
    ("Director of Health Information", "long-term care community with rehab suites", True),
    ("Medical Records Director (LTC)", "", True),
    ("HIM Director - Skilled Nursing", "", True),
    ("Medical Records Manager", "assisted living and memory care residence", True),
    ("Medical Records Supervisor", "120-bed nursing home", True),
    ("Director of Medical Records", "SNF; keep resident charts complete for surveys", True),
    ("Lead Medical Records Clerk", "hospital", True),
    # near-misses: acute settings, no setting, several buildings, other departments, supervisors
    ("Director of Medical Records", "500-bed teaching hospital", False),
    (
        "HIM Director",
        "regional health system with three hospitals and a skilled nursing unit",
        False,
    ),
    ("Medical Records Director", "", False),
    ("Regional Director of Health Information", "operator of 30 skilled nursing facilities", False),
    ("Corporate HIM Manager", "long-term care company", False),
    ("Director of Nursing", "skilled nursing facility", False),
    ("Director of Medical Records and Nursing", "nursing home", False),
    ("Nursing Home Administrator", "", False),
    ("Coding Manager", "skilled nursing facility", False),
    ("Medical Records Supervisor", "hospital", False),
    ("HIM Supervisor", "community hospital", False),
    ("Supervisory Medical Records Technician", "VA medical center, GS-0675-08", False),
    ("Supervisory Health Information Specialist", "", False),
]

# "clinical" places a job in health care ("clinical records", "clinical documentation"), except
# in clinical trials, research or studies (sponsors' data, not patient records) and in
# "non-clinical", which any employer may write.
CLINICAL: list[tuple[str, str, bool]] = [
    ("Clinical Data Abstractor", "Abstract quality measures from each record; two sites", True),
    ("Records Clerk", "File and retrieve clinical records; answer requests for copies", True),
    ("Data Entry Clerk", "enter clinical documentation into the record system", True),
    ("Clinical Coder", "", True),
    ("Scanning Clerk", "scan clinical documents and index each to the right record", True),
    # near-misses
    ("Clinical Trial Data Abstractor", "", False),
    ("Data Coder", "code adverse events in clinical trials data for sponsors", False),
    ("Records Specialist", "clinical research organization: maintain trial master files", False),
    ("File Clerk", "law firm; a non-clinical role filing pleadings", False),
    ("Records Clerk", "non-clinical office support for a staffing agency", False),
    ("Clinical Research Coordinator", "hospital", False),
    ("Coding Specialist", "clinical studies data management vendor", False),
]


def _ids(cases: list[tuple[str, str, bool]]) -> list[str]:
    return [f"{title}|{context[:30]}" for title, context, _ in cases]


@pytest.mark.parametrize(
    ("title", "context", "keep"), ENTRY_LEVEL_CODERS, ids=_ids(ENTRY_LEVEL_CODERS)
)
def test_entry_level_coders(title: str, context: str, keep: bool) -> None:
    assert relevance(title, context).keep is keep


@pytest.mark.parametrize(("title", "context", "keep"), MANAGEMENT, ids=_ids(MANAGEMENT))
def test_management(title: str, context: str, keep: bool) -> None:
    assert relevance(title, context).keep is keep


def test_long_term_care_reason() -> None:
    verdict = relevance("Director of Medical Records", "skilled nursing and rehab center")
    assert (verdict.reason, verdict.role) == ("long-term-care", "medical records director")


@pytest.mark.parametrize(("title", "context", "keep"), CLINICAL, ids=_ids(CLINICAL))
def test_clinical(title: str, context: str, keep: bool) -> None:
    assert relevance(title, context).keep is keep


@pytest.mark.parametrize("phrase", _titles.CONTEXT_NOT_HEALTH)
def test_not_health_phrases_hold_one_health_word(phrase: str) -> None:
    # the filter subtracts one health word per phrase found (matcher/_relevance._health_count)
    words = sorted(_titles.HEALTH_CONTEXT, key=len, reverse=True)
    health = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")s?\b")
    assert len(health.findall(phrase)) == 1
