"""Years offered to those without the training (session 16, s16probe; examples ours):
"Candidates without formal coding training may qualify with three years of coding experience"
states two routes, the training or three years of coding, so the years are not asked of
everyone (docs/design.md, "Qualification paths": a figure from one path is never flat) and
experience may stand in for the schooling. Before, the three years were read as everyone's. The
lack is said in the words of matcher._rules_scope.LACKING_RULE ("lacking", "who do not have",
"in the absence of")."""

from __future__ import annotations

import pytest

from matcher import extract

TRAINING_OR_YEARS = [
    "Candidates without formal coding training may qualify with three years of coding experience",
    "Candidates lacking formal coding training may qualify with three years of coding experience.",
    "Applicants who do not have formal coding training need three years of coding experience.",
    "In the absence of formal coding training, three years of coding experience is required.",
]


@pytest.mark.parametrize("text", TRAINING_OR_YEARS)
def test_training_or_years(text: str) -> None:
    r = extract(text)
    assert r.experience_years_required is None
    assert r.education_required is None
    assert r.education_substitutable
    routes = [(p.label, p.education, p.experience_years, p.experience_kind) for p in r.paths]
    assert routes == [("training", "certificate", None, None), ("experience", None, 3.0, "coding")]


def test_the_programme_named_before() -> None:
    r = extract(
        "Completion of a coding program. Candidates without formal coding training may qualify "
        "with three years of coding experience."
    )
    assert (r.education_required, r.experience_years_required) == (None, None)
    assert [(p.education, p.experience_years) for p in r.paths] == [
        ("certificate", None),
        (None, 3.0),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # near-misses: training the employer gives, and the lack of experience, not of schooling
        (
            "Candidates without prior experience receive training; 2 years of coding experience "
            "required.",
            2.0,
        ),
        (
            "Requirements:\n- Candidates without formal training will be trained; 2 years of "
            "coding experience required.",
            2.0,
        ),
        ("Two years of coding experience without a break in service.", 2.0),
    ],
)
def test_no_route(text: str, years: float) -> None:
    r = extract(text)
    assert r.experience_years_required == years
    assert r.paths == []


@pytest.mark.parametrize(
    "text",
    [
        # the credential's own third reader (matcher._cert_terms: years asked in its place) reads
        # the same record: the CPC is one route's, as for "Applicants without a credential need ..."
        "CPC required. Coders who lack a credential need 3 years of coding experience.",
        "CPC required. If you do not hold a CPC, you need 3 years of coding experience.",
    ],
)
def test_years_in_place_of_the_credential(text: str) -> None:
    r = extract(text)
    assert (r.certifications, r.experience_years_required) == ([], None)
