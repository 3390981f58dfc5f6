"""Experience in the wording of blind28.yaml's misses (session 17, s17b28; our own wording,
varied): a year no schooling may replace is on every route (b28-013), and a total with a
narrower part led by "incl." asks the total (b28-004)."""

from __future__ import annotations

import pytest

from matcher import extract

Flat = tuple[str | None, float | None, bool]


def _flat(text: str) -> Flat:
    r = extract(text, title="Health Records Technician")
    return r.education_required, r.experience_years_required, r.education_substitutable


def _routes(text: str) -> list[tuple[str | None, float | None]]:
    return [(p.education, p.experience_years) for p in extract(text).paths]


@pytest.mark.parametrize(
    ("text", "expected", "routes"),
    [
        (
            "Three years of office experience, including one year of medical records work. "
            "College coursework may substitute for the office experience at 30 semester hours "
            "per year. The one year of medical records experience cannot be substituted.",
            (None, 1.0, True),
            [(None, 3.0), ("certificate", 1.0)],
        ),
        (
            "Two years of clerical experience, one of which must be in a hospital records unit. "
            "An associate degree may be substituted for the clerical experience. Education may "
            "not be substituted for the one year of hospital records experience.",
            (None, 1.0, True),
            [(None, 2.0), ("associate", 1.0)],
        ),
        (
            "Two years of coding experience or an associate degree in HIT. Six months of coding "
            "experience may not be replaced by education.",
            (None, 0.5, True),
            [(None, 2.0), ("associate", 0.5)],
        ),
    ],
)
def test_kept_year_on_every_route(
    text: str, expected: Flat, routes: list[tuple[str | None, float | None]]
) -> None:
    assert _flat(text) == expected
    assert _routes(text) == routes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "3+ yrs HIM experience in an acute care hospital, incl. at least 1 yr working in "
            "Epic HIM modules",
            (None, 3.0, False),
        ),
        ("Five years of coding experience, incl. two in a lead role.", (None, 5.0, False)),
        (
            "Min 4 yrs revenue cycle exp incl. at least 6 mos in denials management",
            (None, 4.0, False),
        ),
        # near-misses: "incl." naming no part; a refusal of something else
        ("Two years of coding experience, incl. pro-fee and facility.", (None, 2.0, False)),
        (
            "Two years of coding experience or an associate degree in HIT. Benefits may not be "
            "substituted for pay.",
            (None, None, True),
        ),
        (
            "Associate degree in HIT or two years of coding experience. Paid leave cannot be "
            "substituted for the one year of service needed before vesting.",
            (None, None, True),
        ),
    ],
)
def test_flat(text: str, expected: Flat) -> None:
    assert _flat(text) == expected
