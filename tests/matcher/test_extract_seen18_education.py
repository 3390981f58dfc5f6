"""matcher.extract on education and substitution phrasings that text we did not write showed us
(issue 15, session s10edu: the education misses of seen18.yaml, retired from holdout18): one table
per general pattern, with varied examples and near-misses, all in our own wording (never a
posting's)."""

from __future__ import annotations

import pytest

from matcher import extract


def _flat(text: str) -> tuple[str | None, float | None, bool]:
    """The flat fields a route rule decides: education required, experience required, whether
    experience may stand in for the schooling."""
    got = extract(text)
    return got.education_required, got.experience_years_required, got.education_substitutable


# --- headings that open a preferred list: civil service "Desirable Qualifications", career
# --- sites' "What would make you stand out"; "What we require" opens the required one -----------

SOFT_HEADINGS = [
    (
        "Minimum Qualifications\n- GED or high school diploma\n- Two years of records work\n"
        "Desirable Qualifications\n- Associate degree in HIT\n- Familiarity with Meditech\n",
        ("high_school", "associate"),
    ),
    (
        "What we require\n- Three years of coding\n- Strong CPT skills\n"
        "What would make you stand out\n- A bachelor's degree\n- Epic experience\n",
        (None, "bachelor"),
    ),
    (
        "Requirements\n- High school diploma\n\nWays to stand out\n"
        "- Associate of Applied Science\n",
        ("high_school", "associate"),
    ),
    (
        "What makes you stand out\n- A certificate in medical billing\n\n"
        "What we require\n- HS diploma or GED\n",
        ("high_school", "certificate"),
    ),
    (
        "Desirable:\n- Bachelor's degree in health information administration\n"
        "Minimum:\n- Associate degree\n",
        ("associate", "bachelor"),
    ),
    # near-misses: the same words inside a sentence, or a required heading, do not prefer
    (
        "Qualifications\n- Associate degree in HIT required; accuracy that makes your work "
        "stand out.\n",
        ("associate", None),
    ),
    ("What we require\n- Bachelor's degree in HIM\n- RHIA\n", ("bachelor", None)),
    (
        "We require an associate degree. It is desirable that you know Cerner.\n",
        ("associate", None),
    ),
]


@pytest.mark.parametrize(("text", "levels"), SOFT_HEADINGS)
def test_soft_headings_prefer_what_they_list(
    text: str, levels: tuple[str | None, str | None]
) -> None:
    got = extract(text)
    assert (got.education_required, got.education_preferred) == levels


# --- "or equivalent coding experience": a kind named between "equivalent" and "experience" is
# --- still experience standing in for the schooling (one route; no flat level above diploma) ----

EQUIVALENT_KIND = [
    (
        "Education: Associate degree in health information or a related field, or equivalent "
        "coding experience.",
        (None, None, True),
    ),
    ("Bachelor's degree in HIM or equivalent medical records experience.", (None, None, True)),
    ("Certificate in medical coding, or an equivalent billing experience.", (None, None, True)),
    ("An associate degree or equivalent hospital experience is required.", (None, None, True)),
    (
        "HS diploma required. Associate degree in HIT or equivalent professional coding "
        "experience.",
        ("high_school", None, True),
    ),
    # near-misses: the diploma's own equivalent, then another requirement joined by "and"/"with"
    (
        "High school diploma or equivalent and two years of coding experience.",
        ("high_school", 2.0, False),
    ),
    ("GED or equivalent with experience in a physician office.", ("high_school", None, False)),
    (
        "Associate degree or equivalent. Three years of coding experience.",
        ("associate", 3.0, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), EQUIVALENT_KIND)
def test_equivalent_experience_of_a_kind_substitutes(
    text: str, flat: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == flat


def test_equivalent_experience_of_a_kind_keeps_its_kind_in_the_combination() -> None:
    got = extract("Associate degree in HIM, or equivalent coding experience.")
    combos = [p.combination for p in got.paths or [] if p.combination is not None]
    assert [(c.experience_years, c.schooling_years, c.experience_kind) for c in combos] == [
        (2.0, 2.0, "coding")
    ]
