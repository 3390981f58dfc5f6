"""Credentials of blind30 (session 18).

A deadline for eligible candidates in the clause after the codes: "Certified Coding Associate
(CCA) or Certified Professional Coder-Apprentice (CPC-A); candidates who are eligible for either
exam may be hired and must earn one within 9 months of hire" (b30-016) lost its nine months at
the ";": the next clause was read as a deadline only when the hire was conditional ("if they
pass it within ...") or named those without the credential (matcher._lexicon_certs
DEADLINE_NEXT_RE now also takes "hired and must earn ... within" and "eligible candidates must
obtain ... within").
"""

from __future__ import annotations

import pytest

from matcher import extract


def _groups(text: str) -> list[tuple[list[str], str, int | None]]:
    return [(g.any_of, g.level, g.within_months) for g in extract(text).certifications]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "Required Qualifications\n- Completion of a coding certificate program\n- Certified "
            "Coding Associate (CCA) or Certified Professional Coder-Apprentice (CPC-A);\n  "
            "candidates who are eligible for either exam may be hired and must earn one within 9"
            "\n  months of hire\n",
            [(["CCA", "CPC-A"], "required", 9)],
        ),
        (
            "Requirements:\n- CCS or CCA; eligible candidates must obtain it within 6 months.",
            [(["CCS", "CCA"], "required", 6)],
        ),
        (
            "Requirements:\n- RHIT or RHIA; graduates eligible for the exam will be hired but must "
            "pass it within one year.",
            [(["RHIT", "RHIA"], "required", 12)],
        ),
        (
            "Requirements:\n- CPC; exam-eligible applicants may be hired and must pass within 12 "
            "months of hire.",
            [(["CPC"], "required", 12)],
        ),
    ],
)
def test_eligible_hired_with_a_deadline(
    text: str, groups: list[tuple[list[str], str, int | None]]
) -> None:
    assert _groups(text) == groups


@pytest.mark.parametrize(
    "text",
    [
        # a reward or another task within a term is no deadline for the credential
        "Requirements:\n- CCS required; eligible employees may earn a bonus within 6 months.",
        "Requirements:\n- CPC required; new hires must complete orientation within 30 days.",
        "Requirements:\n- CPC required; eligible staff receive a raise within 6 months.",
    ],
)
def test_no_deadline(text: str) -> None:
    assert all(months is None for _, _, months in _groups(text))
