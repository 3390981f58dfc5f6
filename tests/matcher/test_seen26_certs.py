"""Credentials read wrong in seen26 (holdout26.yaml until session 18).

- "Apprentice-level holders (CCA, CPC-A) must upgrade to the CCS or CPC within 24 months"
  (h26-039): a step for some holders only, the held codes in brackets after "holders" and the
  verb "upgrade to"; it made a group of the held codes and gave the required group a deadline
  (matcher._lexicon_certs.HOLDERS_STEP_RE).
- "RHIA required; RHIT with a bachelor's degree accepted" (h26-044): the condition's apostrophe
  stopped the accepted credential joining the group before it (CERT_ALSO_ACCEPTED_AFTER_RE).
- "AAPC certification required; apprentices (CPC-A) welcome" (h26-027): holders said welcome of
  a code the required group takes already were read as a preferred group of their own
  (CERT_WELCOME_AFTER_RE).
"""

from __future__ import annotations

import pytest

from matcher import extract


def _groups(text: str) -> list[tuple[list[str], str, int | None]]:
    return [(c.any_of, c.level, c.within_months) for c in extract(text).certifications]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "CCA, CCS, CPC, CPC-A or COC required at hire. Apprentice-level holders (CCA, CPC-A) "
            "must upgrade to the CCS or CPC within 24 months.",
            ["CCA", "CCS", "CPC", "CPC-A", "COC"],
        ),
        (
            "CPC or CPC-A required. Apprentice holders (CPC-A) must advance to the CPC within 12 "
            "months.",
            ["CPC", "CPC-A"],
        ),
        (
            "CCS or CCA required; entry-level holders (CCA) are expected to progress to the CCS "
            "within 18 months of hire.",
            ["CCS", "CCA"],
        ),
    ],
)
def test_a_step_for_holders_named_in_brackets_is_theirs_only(text: str, codes: list[str]) -> None:
    assert _groups(text) == [(codes, "required", None)]


def test_a_step_for_everyone_keeps_its_deadline() -> None:
    """Near miss: no holders named, so every hire must earn it."""
    assert _groups("CCA required. All coders must upgrade to the CCS within 24 months.") == [
        (["CCA"], "required", None),
        (["CCS"], "required", 24),
    ]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("RHIA required; RHIT with a bachelor's degree accepted", ["RHIA", "RHIT"]),
        ("CCS required. CPC with two years' inpatient experience also accepted.", ["CCS", "CPC"]),
        (
            "RHIA required; RHIT with a bachelor\u2019s degree will be considered.",
            ["RHIA", "RHIT"],
        ),
    ],
)
def test_an_accepted_credential_with_a_condition_joins_the_group(
    text: str, codes: list[str]
) -> None:
    assert _groups(text) == [(codes, "required", None)]


def test_a_conditioned_preference_stays_its_own_group() -> None:
    assert _groups("CPC required, CRC with a year's experience preferred") == [
        (["CPC"], "required", None),
        (["CRC"], "preferred", None),
    ]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("AAPC certification required; apprentices (CPC-A) welcome", ["CPC", "COC", "CPC-A"]),
        ("CPC or CPC-A required. CPC-A holders are welcome.", ["CPC", "CPC-A"]),
        (
            "AHIMA credential required (RHIT, RHIA, CCA or CCS); CCA holders welcome to apply",
            ["RHIT", "RHIA", "CCA", "CCS"],
        ),
        (
            "AAPC certification required. Coders with a CPC-A are encouraged to apply.",
            ["CPC", "COC", "CPC-A"],
        ),
    ],
)
def test_holders_welcome_of_an_accepted_code_prefer_nothing(text: str, codes: list[str]) -> None:
    assert _groups(text) == [(codes, "required", None)]


@pytest.mark.parametrize(
    "text",
    ["CPC required; CRC welcome", "CCA welcome. CPC required."],
)
def test_another_code_welcome_stays_preferred(text: str) -> None:
    assert [level for _, level, _ in _groups(text)] in (
        ["required", "preferred"],
        ["preferred", "required"],
    )
