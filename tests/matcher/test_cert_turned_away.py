"""A credential whose lack turns an applicant away is required (session 15, lead; ours).

"Applicants without RHIT will not be considered" had given no group (the "not" read as a
negated credential, and "without" as those who lack it); those who lack it are turned away, so
everyone must hold it. Those who lack it with a route of their own ("must have four years"), a
deadline, or a pay step they miss are not."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Applicants without RHIT will not be considered.", [(["RHIT"], "required", None)]),
        ("Candidates without an active CPC will not be considered.", [(["CPC"], "required", None)]),
        (
            "Applications lacking the CCS credential will not be reviewed.",
            [(["CCS"], "required", None)],
        ),
        (
            "Applicants who do not hold a current RHIT need not apply.",
            [(["RHIT"], "required", None)],
        ),
        ("Candidates without CCS are not eligible.", [(["CCS"], "required", None)]),
        # those who lack it, with a deadline: the group's term
        ("Candidates without RHIT must earn it within 12 months.", [(["RHIT"], "required", 12)]),
        # near-misses: a route of their own, a chance, training, a pay step
        ("CPC required. Applicants without the CPC must have four years of physician coding.", []),
        ("Applicants without a CCS may still be considered.", []),
        ("Applicants without RHIT will be considered if they have 3 years of experience.", []),
        ("Those lacking a CPC will be trained.", []),
        ("Applicants without RHIT are not eligible for the Level II rate.", []),
    ],
)
def test_turned_away_without_it(text: str, groups: list[tuple[object, ...]]) -> None:
    got = [(g.any_of, g.level, g.within_months) for g in extract(text).certifications]
    assert got == groups
