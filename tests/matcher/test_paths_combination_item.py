"""A list of routes closed by "or an equivalent combination of education and experience" (state
and county civil service, session 15): the combination is a route of its own, a year of the
schooling route for a year of the experience route. It had been lost when the list was set off
by "; or" (the sentence split at ";" and the routes were read from the first two items) or by a
bare "or" with no comma. Examples written by us."""

from __future__ import annotations

import pytest

from matcher import extract, match
from schemas import CandidateProfile

#: (text, [(label, education, years, (combination experience, schooling) or None), ...])
CASES = [
    (
        "Minimum qualifications: an associate degree; or two years of medical records "
        "experience; or an equivalent combination of education and experience.",
        [
            ("education", "associate", None, None),
            ("experience", None, 2.0, None),
            ("combination", None, None, (2.0, 2.0)),
        ],
    ),
    (
        "Education and Experience: An associate degree; or two (2) years of health records "
        "experience; or any combination of education and experience that provides the required "
        "knowledge.",
        [
            ("education", "associate", None, None),
            ("experience", None, 2.0, None),
            ("combination", None, None, (2.0, 2.0)),
        ],
    ),
    (
        "Requirements: Associate's degree or 2 years of HIM experience or any equivalent "
        "combination of education and experience.",
        [
            ("education", "associate", None, None),
            ("experience", None, 2.0, None),
            ("combination", None, None, (2.0, 2.0)),
        ],
    ),
    (
        "MINIMUM: graduation from high school and two years of clerical experience in a "
        "hospital records unit; or an associate degree; or any equivalent combination of "
        "education and experience.",
        [
            ("experience", None, 2.0, None),
            ("education", "associate", None, None),
            ("combination", None, None, (2.0, 2.0)),
        ],
    ),
    (
        "A bachelor's degree in HIM or four years of progressively responsible HIM experience, "
        "or a comparable combination of training and experience.",
        [
            ("education", "bachelor", None, None),
            ("experience", None, 4.0, None),
            ("combination", None, None, (4.0, 4.0)),
        ],
    ),
    # a third route after "; or" (read before too): the joined items keep it
    (
        "Minimum: an associate degree in HIT; or a coding certificate; or three years of coding "
        "experience.",
        [("education", "certificate", None, None), ("experience", None, 3.0, None)],
    ),
]

#: Near-misses: no combination route.
NO_COMBINATION = [
    # a combination "with a CCA" is not one of education and experience
    "An associate degree; or two years of medical records experience; or a combination of "
    "these with a CCA.",
    # refused in a sentence of its own
    "An associate degree or two years of medical records experience. A combination of "
    "education and experience is not accepted.",
    # the routes hold no schooling-only route to combine with
    "Two years of records experience; or a certificate and one year of records experience; or "
    "any equivalent combination of training and experience.",
]


def _shape(text: str) -> list[tuple[object, ...]]:
    return [
        (
            p.label,
            p.education,
            p.experience_years,
            (p.combination.experience_years, p.combination.schooling_years)
            if p.combination
            else None,
        )
        for p in extract(text).paths
    ]


@pytest.mark.parametrize(("text", "paths"), CASES)
def test_a_combination_item_closes_the_list(text: str, paths: list[tuple[object, ...]]) -> None:
    assert _shape(text) == paths


@pytest.mark.parametrize("text", NO_COMBINATION)
def test_other_combinations_are_no_route(text: str) -> None:
    assert all(shape[0] != "combination" for shape in _shape(text)), _shape(text)


def test_the_combination_lets_part_of_each_qualify() -> None:
    """A one-year certificate and one year of records work: half of each route, 100%."""
    req = extract(CASES[0][0])
    profile = CandidateProfile(education="certificate", experience_years=1)
    [verdict] = [v for v in match(req, profile).verdicts if v.field == "paths"]
    assert verdict.status == "met", verdict.explanation
    assert "combination path" in verdict.explanation
    said = "12 of the 24 months of experience and 1 of the 2 years of schooling it asks: 100%"
    assert said in verdict.explanation
