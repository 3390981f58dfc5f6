"""A list of routes each a credential, with or without its own years, or a credential against
schooling with years (session 15, lead; examples ours). "Required (either of the following):
- CCS / - CPC and 3 years of inpatient coding" had given two required groups (a CCS holder told
the CPC was missing) and three years asked of everyone; each item is a whole way in, so the flat
fields keep only what every route shares (a credential of the list), and the years go to their
route."""

from __future__ import annotations

import pytest

from matcher import extract

#: (text, flat certification groups, flat years, paths as (label, years, credential groups))
CASES = [
    (
        "Required (either of the following):\n- CCS\n- CPC and 3 years of inpatient coding",
        [["CCS", "CPC"]],
        None,
        [("certification", None, [["CCS"]]), ("certification and experience", 3.0, [["CPC"]])],
    ),
    (
        "You need one of these:\n- CPC or CCS\n- An associate degree in HIM and 1 year of coding",
        [],
        None,
        [("certification", None, [["CPC", "CCS"]]), ("education and experience", 1.0, [])],
    ),
    (
        "Must meet one of the following:\n- RHIT\n- RHIA with 2 years of HIM experience",
        [["RHIT", "RHIA"]],
        None,
        [("certification", None, [["RHIT"]]), ("certification and experience", 2.0, [["RHIA"]])],
    ),
]

#: Near-misses: a list of credentials only is one group everyone needs; a credential list
#: beside the years everyone needs keeps both.
NOT_ROUTES = [
    ("Must have one of these:\n- RHIT\n- RHIA\n- CCS", [["RHIA", "RHIT", "CCS"]], None),
    (
        "Requirements:\n- One of the following credentials: CPC, CCS\n- 2 years of experience",
        [["CCS", "CPC"]],
        2.0,
    ),
]


@pytest.mark.parametrize(("text", "certs", "years", "paths"), CASES)
def test_each_item_is_a_route(
    text: str, certs: list[list[str]], years: float | None, paths: list[tuple[object, ...]]
) -> None:
    req = extract(text)
    assert sorted(sorted(g.any_of) for g in req.certifications if g.level == "required") == sorted(
        sorted(c) for c in certs
    )
    assert req.experience_years_required == years
    got = [(p.label, p.experience_years, [c.any_of for c in p.certifications]) for p in req.paths]
    assert got == paths


@pytest.mark.parametrize(("text", "certs", "years"), NOT_ROUTES)
def test_credential_lists_stay_one_group(
    text: str, certs: list[list[str]], years: float | None
) -> None:
    req = extract(text)
    assert [sorted(g.any_of) for g in req.certifications] == [sorted(c) for c in certs]
    assert req.experience_years_required == years
    assert req.paths == []
