"""The programme a credential's exam asks, named by the credential (session 16, s16probe;
examples ours): the RHIT is sat on an associate degree from an accredited HIT programme, the
RHIA on a bachelor's in HIM (docs/domain.md), so "Graduation from an accredited RHIT program"
asks the associate level and "graduate of an accredited RHIA program" the bachelor's, as
"graduate of a CAHIIM-accredited HIT program" already asked the associate. The credential itself
is not asked. "RHIT program graduates welcome" is a preference, as "Associate degree graduates
welcome" reads ("welcome" is a preferred cue: the employer favours them and turns no one away,
docs/design.md: a level only preferred leaves the required one None). The employer's own ties
to a programme and its staff are no requirement."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Graduation from an accredited RHIT program", "associate", None),
        ("graduate of a CAHIIM-accredited HIT program", "associate", None),
        ("Education: Graduate from an accredited RHIT program", "associate", None),
        ("Graduate of an RHIT-eligible program required.", "associate", None),
        ("graduate of an accredited RHIA program", "bachelor", None),
        ("Graduate of an RHIA-eligible program required.", "bachelor", None),
        ("RHIT program graduates welcome", None, "associate"),
        ("Graduates of an accredited RHIA program preferred.", None, "bachelor"),
        # near-misses: the employer's ties and staff, and the credential alone
        ("We partner with an accredited RHIT program", None, None),
        ("Reports to the RHIT program director.", None, None),
        ("RHIT preferred", None, None),
        ("RHIA required", None, None),
    ],
)
def test_credential_programmes(text: str, required: str | None, preferred: str | None) -> None:
    r = extract(text)
    assert (r.education_required, r.education_preferred) == (required, preferred)


def test_the_programme_is_no_credential() -> None:
    assert extract("Graduation from an accredited RHIT program").certifications == []


def test_a_route_of_its_own() -> None:
    r = extract("Graduate of an accredited RHIT program, or two years of coding experience.")
    assert (r.education_required, r.experience_years_required) == (None, None)
    assert [(p.education, p.experience_years) for p in r.paths] == [
        ("associate", None),
        (None, 2.0),
    ]
