"""matcher.extract on education and substitution phrasings that text we did not write showed us
(issue 15, session s10edu: the education misses of seen18.yaml, retired from holdout18): one table
per general pattern, with varied examples and near-misses, all in our own wording (never a
posting's)."""

from __future__ import annotations

import pytest

from matcher import extract

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
