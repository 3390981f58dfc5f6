"""matcher.extract on levels stated inside one line (issue 15, session 11, lead): a later
sentence of a line that opens with its own label ("Preferred: ... Required: ..."), a strict verb
whose sentence goes on to prefer something else ("We require X and prefer Y"), and a labelled
field line under a long line that stops without a stop ("... HIT preferred" then "Hours: ...").
Our own wording."""

from __future__ import annotations

from typing import Any

import pytest

from matcher import extract


def _fields(text: str) -> dict[str, Any]:
    req = extract(text)
    return {
        "education": (req.education_required, req.education_preferred),
        "years": (req.experience_years_required, req.experience_years_preferred),
        "certs": sorted((c.any_of[0], c.level) for c in req.certifications),
        "pay": req.pay and (req.pay.min, req.pay.max, req.pay.period),
    }


CASES = [
    # a flattened list: each label rules the sentence it opens
    (
        "Preferred: Associate degree. Required: HS diploma.",
        "education",
        ("high_school", "associate"),
    ),
    ("Nice to have: CCS. Must have: RHIT.", "certs", [("CCS", "preferred"), ("RHIT", "required")]),
    (
        "Preferred: 2 years of coding experience. Required: 1 year of coding experience.",
        "years",
        (1.0, 2.0),
    ),
    (
        "Preferred qualifications: an associate degree in HIT. Minimum requirements: a high school"
        " diploma.",
        "education",
        ("high_school", "associate"),
    ),
    # a strict verb, then a clause of its own that prefers
    (
        "We require a high school diploma and prefer a certificate in medical records.",
        "education",
        ("high_school", "certificate"),
    ),
    (
        "Must have a high school diploma and preferably an associate degree.",
        "education",
        ("high_school", "associate"),
    ),
    ("Requires RHIT and prefers CCS.", "certs", [("CCS", "preferred"), ("RHIT", "required")]),
    # the bare level as a level field's value under an "Education" heading
    (
        "Education\nRequired: High School or GED\nPreferred: Associate's",
        "education",
        ("high_school", "associate"),
    ),
    # a labelled field line is not the wrapped end of the long line above it
    (
        "- High school diploma required; associate degree in health information preferred\n"
        "Hours: full-time, flexible start between 7 and 9",
        "education",
        ("high_school", "associate"),
    ),
    # near-misses: a later sentence without a label keeps its own cue; a field line under a long
    # line is read as its own field
    (
        "Required: high school diploma. An associate degree in HIM is a plus.",
        "education",
        ("high_school", "associate"),
    ),
    (
        "- Two years of experience in a physician practice answering records requests by phone\n"
        "Pay: $20 - $24 per hour",
        "pay",
        (20.0, 24.0, "hour"),
    ),
]


@pytest.mark.parametrize(("text", "field", "expected"), CASES)
def test_levels_inside_a_line(text: str, field: str, expected: Any) -> None:
    assert _fields(text)[field] == expected
