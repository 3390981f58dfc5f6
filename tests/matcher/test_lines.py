"""Lines of a plain-text posting read as its author meant them (session 12, s12form): list
markers of every kind, and hard-wrapped lines joined back into their sentence while list
items without bullets stay apart. Examples in our own wording; the layout-invariance test
(test_extract_layout.py) runs the same rules over the labelled sets."""

from __future__ import annotations

import pytest

from matcher import extract
from matcher._sentences import split_sentences

SPLITS = [
    # list markers: a word processor's second level "o", letters, bracketed letters and figures
    (
        "Requirements:\no High school diploma or GED\no One year in a clinic",
        ["Requirements:", "High school diploma or GED", "One year in a clinic"],
    ),
    ("Credentials:\na) RHIT\nb) RHIA", ["Credentials:", "RHIT", "RHIA"]),
    (
        "(a) One year of scanning work; or\n(b) A coding certificate.",
        ["One year of scanning work", "or", "A coding certificate."],
    ),
    # wrapped at 70 columns: a line under 60 characters goes on in a lower-case line
    (
        "Certification: applicants must hold an AHIMA or AAPC coding\n"
        "credential such as the CCS or CPC.",
        [
            "Certification: applicants must hold an AHIMA or AAPC coding credential such as the CCS"
            " or CPC."
        ],
    ),
    # ... or ends on a word no sentence ends with, or on a comma
    (
        "Graduation from a records program accredited by\nCAHIIM is required.",
        ["Graduation from a records program accredited by CAHIIM is required."],
    ),
    (
        "Schedule: Monday through Thursday,\n7:00 to 5:30, four ten-hour days.",
        ["Schedule: Monday through Thursday, 7:00 to 5:30, four ten-hour days."],
    ),
    # "a plus" and "following:" on the next line end the sentence; they open no section
    (
        "A Certified Medical Administrative Assistant credential or similar is\na plus",
        ["A Certified Medical Administrative Assistant credential or similar is a plus"],
    ),
    # a lower-case label goes on with the line above: a wrapped sentence, not a field
    (
        "Our county clinic in the valley is hiring a weekend records clerk\n"
        "and receptionist: part-time, Saturday and Sunday.",
        [
            "Our county clinic in the valley is hiring a weekend records clerk and receptionist:"
            " part-time, Saturday and Sunday."
        ],
    ),
    (
        "You will scan outside records and mail completed forms to families. What we\n"
        "need: a high school diploma and six months of office work.",
        [
            "You will scan outside records and mail completed forms to families.",
            "What we need: a high school diploma and six months of office work.",
        ],
    ),
    # a list without bullets: the next item's first word would have fitted on the line above
    # (the text's longest line sets the width), so the line ended there by itself
    (
        "The records team scans, indexes and releases charts for four clinics across the county.\n"
        "Three years of release of information work in a hospital\n"
        "A certificate in medical office administration is preferred",
        [
            "The records team scans, indexes and releases charts for four clinics across the"
            " county.",
            "Three years of release of information work in a hospital",
            "A certificate in medical office administration is preferred",
        ],
    ),
    # near-misses: a classified ad's short lower-case lines, and "OR" for Oregon
    (
        "no experience needed - paid training\nmust have HS diploma or GED",
        ["no experience needed - paid training", "must have HS diploma or GED"],
    ),
    (
        "INPATIENT CODER - CONTRACT - SALEM, OR\nRivermark Staffing for a hospital client.",
        ["INPATIENT CODER - CONTRACT - SALEM, OR", "Rivermark Staffing for a hospital client."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_lines_split_as_written(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_a_credential_wrapped_at_70_columns_is_read_whole() -> None:
    got = extract(
        "Medical Records Technician (Coder)\n\n"
        "Certification: candidates must hold an AHIMA or AAPC coding\n"
        "certification, specifically CCS, CPC or COC."
    )
    assert [(sorted(c.any_of), c.level) for c in got.certifications] == [
        (["CCS", "COC", "CPC"], "required")
    ]
