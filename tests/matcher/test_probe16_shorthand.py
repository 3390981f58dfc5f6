"""Experience and routes in a classified ad's shorthand (session 16, s16probe; examples ours).

"Min. 3 yrs. exp. or CCS with 1 yr. exp." states two routes: three years, or the CCS with one
year. The flat figure is what both routes share, the fewer years (docs/extraction.md: two
routes asking different years ask the fewer; "an active CPC with 1 year of coding experience is
one route, so the years both routes ask stay flat"), and the CCS is no one's flat requirement
(docs/design.md, "Qualification paths"). Before, the abbreviated "exp." kept the sentence from
the route reader and the "yr." dot ended the right side, so no routes were read and, under a
requirements heading, the CCS was asked of everyone. "exp. req'd: 2 yrs" (the abbreviation's
dot before the cue) gave no figure.
"""

from __future__ import annotations

import re

import pytest

from matcher import extract
from matcher._rules_shorthand import CREDENTIAL_WITH_YEARS_RULE

ROUTES = [
    # (text, flat years, routes as (years, codes))
    ("Min. 3 yrs. exp. or CCS with 1 yr. exp.", 1.0, [(3.0, []), (1.0, ["CCS"])]),
    ("Requirements:\n- Min. 3 yrs. exp. or CCS with 1 yr. exp.", 1.0, [(3.0, []), (1.0, ["CCS"])]),
    ("Min. 2 yrs. coding exp. or CPC + 1 yr. exp.", 1.0, [(2.0, []), (1.0, ["CPC"])]),
    ("3 yrs exp or CCA w/ 6 mos. exp.", 0.5, [(3.0, []), (0.5, ["CCA"])]),
    (
        "Qualifications: 4 yrs. exp. req'd, or RHIT with 2 yrs exp.",
        2.0,
        [(4.0, []), (2.0, ["RHIT"])],
    ),
]


@pytest.mark.parametrize(("text", "flat", "routes"), ROUTES)
def test_shorthand_credential_route(
    text: str, flat: float, routes: list[tuple[float, list[str]]]
) -> None:
    r = extract(text)
    assert r.experience_years_required == flat
    assert r.certifications == []  # the credential is one route's, not everyone's
    got = [(p.experience_years, [c for g in p.certifications for c in g.any_of]) for p in r.paths]
    assert got == routes


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Min 2 yrs exp", 2.0, None),
        ("3 yrs. min. exp.", 3.0, None),
        ("exp. req'd: 2 yrs", 2.0, None),
        ("Exp. required - 3 yrs", 3.0, None),
        ("Prior exp. of 2 yrs in a clinic is needed", 2.0, None),
        ("1-2 yrs exp pref'd", None, 1.0),
        # near-misses: no experience figure
        ("exp. date 2024, 3 yrs left on the lease", None, None),
        ("Exp. 12/2026", None, None),
    ],
)
def test_shorthand_figures(text: str, required: float | None, preferred: float | None) -> None:
    r = extract(text)
    assert (r.experience_years_required, r.experience_years_preferred) == (required, preferred)


@pytest.mark.parametrize(
    "text",
    [
        # no route: a credential with no years beside it, and a credential everyone needs
        "3 yrs. exp. req'd. CCS with a sign-on bonus.",
        "CPC req'd, 2 yrs exp",
    ],
)
def test_shorthand_without_routes(text: str) -> None:
    assert extract(text).paths == []


def test_the_record_proves_itself() -> None:
    rule = CREDENTIAL_WITH_YEARS_RULE
    rx = re.compile(rule.pattern, rule.flags)
    for pattern in rule.patterns:
        one = re.compile(pattern, rule.flags)
        assert any(one.search(e) for e in rule.examples), pattern
    for example in rule.examples:
        assert rx.search(example), example
    for miss in rule.near_misses:
        assert not rx.search(miss), miss
