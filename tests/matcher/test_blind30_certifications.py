"""Credentials of blind30 (session 18).

A deadline for eligible candidates in the clause after the codes: "Certified Coding Associate
(CCA) or Certified Professional Coder-Apprentice (CPC-A); candidates who are eligible for either
exam may be hired and must earn one within 9 months of hire" (b30-016) lost its nine months at
the ";": the next clause was read as a deadline only when the hire was conditional ("if they
pass it within ...") or named those without the credential (matcher._lexicon_certs
DEADLINE_NEXT_RE now also takes "hired and must earn ... within" and "eligible candidates must
obtain ... within").

A parenthesis between the codes and their level: "RHIT or RHIT-eligible (graduate of a
CAHIIM-accredited program) preferred" (b30-024) read no group, the cue out of reach of the code
(60 characters); a parenthesis now counts for nothing in that reach (matcher._levels).
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


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "<ul><li>RHIT or RHIT-eligible (graduate of a CAHIIM-accredited program) preferred"
            "</li></ul>",
            [(["RHIT"], "preferred", None)],
        ),
        (
            "RHIT or RHIT-eligible (graduate of a CAHIIM-accredited program) is preferred.",
            [(["RHIT"], "preferred", None)],
        ),
        (
            "CCS or CCA (either credential issued by AHIMA, kept current with continuing "
            "education) preferred.",
            [(["CCS", "CCA"], "preferred", None)],
        ),
        (
            "CPC (through AAPC, with the apprentice designation removed) strongly preferred.",
            [(["CPC"], "preferred", None)],
        ),
    ],
)
def test_a_parenthesis_before_the_level(
    text: str, groups: list[tuple[list[str], str, int | None]]
) -> None:
    assert _groups(text) == groups


@pytest.mark.parametrize(
    "text",
    [
        # the parenthesis skipped, the cue still negated or another's
        "RHIT (we pay for the exam and a review course if you sit within a year) not required.",
        "RHIT or RHIT-eligible (graduate of a CAHIIM-accredited program) required.",
    ],
)
def test_a_parenthesis_before_no_level(text: str) -> None:
    assert _groups(text) == []
