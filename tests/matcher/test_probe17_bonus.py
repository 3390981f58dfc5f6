"""A credential called a bonus, or said to help (session 17, s17probe; examples ours). "CPC is a
bonus", "would be a bonus", "not required, but CCA helps", "a CPC would help" prefer the
credential, as "a plus" and "nice to have" did: the employer favours it and turns no one away.
Money is not: docs/design.md says bonuses are not pay, and a bonus paid to holders ("Bonus for
CPC holders", "CPC holders receive a bonus") is what the credential earns, so no requirement or
preference is read from it (matcher._rules_scope's off-scope cues, as a differential or a
premium for holders); a sign-on bonus beside a requirement leaves the requirement alone. A
medication aide's certificate is a card, not the certificate level of schooling."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Credentials: none required. CPC is a bonus.", [(["CPC"], "preferred")]),
        ("CPC would be a bonus.", [(["CPC"], "preferred")]),
        ("A CCS certification would be a big bonus.", [(["CCS"], "preferred")]),
        ("Having your CCA is a bonus but not required.", [(["CCA"], "preferred")]),
        ("Credentials: none required. CPC is a plus.", [(["CPC"], "preferred")]),
        ("CPC would be nice to have.", [(["CPC"], "preferred")]),
        ("Certification not required, but CCA helps.", [(["CCA"], "preferred")]),
        ("Certification is not required, but a CPC would help.", [(["CPC"], "preferred")]),
        # near-misses: money paid to holders, a sign-on bonus, "helps" with an object
        ("Bonus for CPC holders.", []),
        ("CPC holders receive a bonus.", []),
        ("Sign-on bonus available.", []),
        ("RHIT required, $2,000 sign-on bonus.", [(["RHIT"], "required")]),
        ("CPC required. Helps patients complete forms.", [(["CPC"], "required")]),
    ],
)
def test_a_bonus_prefers(text: str, groups: list[tuple[list[str], str]]) -> None:
    assert [(c.any_of, c.level) for c in extract(text).certifications] == groups


@pytest.mark.parametrize(
    "text",
    [
        "A certified medication aide (CMA) certificate is a bonus.",
        "A nurse aide certificate is a bonus.",
    ],
)
def test_an_aide_card_is_no_schooling(text: str) -> None:
    r = extract(text)
    assert (r.education_required, r.education_preferred) == (None, None)


def test_a_coding_certificate_called_a_bonus_is_preferred() -> None:
    assert extract("A coding certificate is a bonus.").education_preferred == "certificate"
