"""Those who lack something (session 16, s16probe; examples ours). matcher._certs and
matcher._experience_patterns each kept their own list of the words that say it ("without",
"lacking", "who do not hold"); the lists differed ("who lacks" only in one, "not have" without
"who" only in the other). One record now, matcher._rules_scope.LACKING_RULE, read by both, so
a phrasing one reader knew the other knows too: the credential named after the lack is no
requirement of everyone (unless they are turned away: "... will not be considered"), and the
years asked after it are that route's, not everyone's."""

from __future__ import annotations

import re

import pytest

from matcher import extract
from matcher._rules_scope import LACKING_RULE


@pytest.mark.parametrize(
    ("text", "years", "groups"),
    [
        # the years of those without the credential are that route's
        ("Applicants who lack the CPC must have four years of coding experience.", None, []),
        ("In the absence of the CPC, four years of coding experience.", None, []),
        ("If you do not hold a CPC, you need 3 years of coding experience.", None, []),
        # turned away for lacking it: everyone needs it
        ("Candidates that do not have the CPC will not be considered.", None, [(["CPC"], None)]),
        ("Coders lacking the CCS will not be interviewed.", None, [(["CCS"], None)]),
        # a deadline for those who lack it is the group's term
        ("Candidates who lack the RHIT must earn it within 12 months.", None, [(["RHIT"], 12)]),
        # near-misses: no lack of a credential before the figure or the code
        ("Two years of coding experience required; CPC required.", 2.0, [(["CPC"], None)]),
        ("Two years of experience without a break in service.", 2.0, []),
    ],
)
def test_the_lack_reads_alike(
    text: str, years: float | None, groups: list[tuple[list[str], int | None]]
) -> None:
    r = extract(text)
    assert r.experience_years_required == years
    assert [(g.any_of, g.within_months) for g in r.certifications] == groups
    assert all(g.level == "required" for g in r.certifications)


def test_the_record_proves_itself() -> None:
    rule = LACKING_RULE
    rx = re.compile(rule.pattern, rule.flags)
    for pattern in rule.patterns:
        one = re.compile(pattern, rule.flags)
        assert any(one.search(e) for e in rule.examples), pattern
    for miss in rule.near_misses:
        assert not rx.search(miss), miss
