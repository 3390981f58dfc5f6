"""Routes set apart, with years "plus" adds to the second (session 17, s17probe; examples ours).
"A coding certificate; or an associate degree plus two years of coding experience" is two
routes: the certificate; the associate degree with two years. The semicolon before the "or",
the item's number or letter after it ("; or (2) ...", ", or (b) ...") or "either" opening the
alternatives set the routes apart, so the years are the second route's own (before, only a
lower degree on the right took them: "a bachelor's degree; or an associate degree plus ...").
The flat fields are what every route shares (docs/design.md): alternatives give the lowest
level, the certificate (an associate degree is above it), and no years; nothing is substituted.
Without a mark apart ("a coding certificate or an associate degree plus two years") the years
after "plus" stay everyone's, as before."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    "text",
    [
        "A coding certificate; or an associate degree plus two years of coding experience.",
        "(1) A coding certificate; or (2) an associate degree plus two years of coding experience.",
        "Either a coding certificate or an associate degree plus two years of coding experience.",
        "Requirements: (a) a coding certificate, or (b) an associate degree plus two years of "
        "coding experience.",
    ],
)
def test_routes_apart(text: str) -> None:
    r = extract(text)
    assert (r.education_required, r.experience_years_required) == ("certificate", None)
    assert r.education_substitutable is False
    assert [(p.education, p.experience_years) for p in r.paths] == [
        ("certificate", None),
        ("associate", 2.0),
    ]


def test_years_after_plus_without_a_mark_are_everyones() -> None:
    r = extract(
        "Requirements: a coding certificate or an associate degree plus two years of coding "
        "experience."
    )
    assert (r.education_required, r.experience_years_required, r.paths) == (
        "certificate",
        2.0,
        [],
    )


def test_a_lower_degree_on_the_right_as_before() -> None:
    r = extract(
        "Requirements: a bachelor's degree; or an associate degree plus two years of coding "
        "experience."
    )
    assert [(p.education, p.experience_years) for p in r.paths] == [
        ("bachelor", None),
        ("associate", 2.0),
    ]
