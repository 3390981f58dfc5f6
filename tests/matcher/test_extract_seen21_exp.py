"""matcher.extract on experience figures as the retired unseen set seen21 showed employers state
them (issue 15, session 13, s13edu). One table per general pattern, varied examples and
near-misses, all in our own wording (never a posting's). A figure that schooling may replace is
one route's, not everyone's (docs/design.md, "Qualification paths"; tests/data/extraction/
README.md, Experience)."""

from __future__ import annotations

import pytest

from matcher import extract

Flat = tuple[str | None, float | None, bool]


def _flat(text: str) -> Flat:
    got = extract(text)
    return got.education_required, got.experience_years_required, got.education_substitutable


# --- a figure stated, then schooling offered for "the required N years of experience" (the
# --- figure named back): two routes, the figure no one's flat requirement ----------------------

FIGURE_NAMED_BACK = [
    (
        "Minimum Requirements\n- High school diploma or GED required.\n- One year of medical "
        "records or hospital clerical experience. An associate degree may substitute for the "
        "required one year of experience.\n",
        ("high_school", None, True),
    ),
    (
        "Requirements: Two years of office experience in a clinic. A certificate in medical "
        "records can substitute for the required two years of experience.",
        (None, None, True),
    ),
    (
        "Qualifications\n* HS diploma or GED\n* 1 year of records experience\n* An associate "
        "degree in HIT may be substituted for the required one year of experience\n",
        ("high_school", None, True),
    ),
    (
        "You need six months of scanning experience.\nCollege coursework may be substituted for "
        "the required six months of experience.",
        (None, None, True),
    ),
    (
        "Minimum qualifications: high school graduation and two years of clerical work "
        "experience.\nAn associate degree may be substituted for the required two years of "
        "experience.\nKnowledge of medical terminology.",
        ("high_school", None, True),
    ),
    # near-misses: a refused offer keeps the figure; a credential offered for it is no schooling
    (
        "Requirements:\n- One year of medical records experience.\n- Education may not be "
        "substituted for the required one year of experience.\n",
        (None, 1.0, False),
    ),
    (
        "Requirements:\n- High school diploma.\n- Two years of coding experience.\n",
        ("high_school", 2.0, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), FIGURE_NAMED_BACK)
def test_schooling_for_the_figure_named_back_makes_it_one_route(text: str, flat: Flat) -> None:
    assert _flat(text) == flat
