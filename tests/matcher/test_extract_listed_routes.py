"""matcher.extract on routes written as a list (issue 15, session 13, lead): items closed by
"; or", an "OR" line between numbered or lettered items, and upper-case letter markers ("A.",
"B.") as civil-service announcements write them. All texts are our own words.

Before, each of these read every item as everyone's: "1. One year of medical records experience /
OR / 2. An associate degree" asked an associate degree AND a year of everyone, so a candidate
with the year and no degree was told they did not qualify.
"""

from __future__ import annotations

import pytest

from matcher import extract

#: (text, the routes' (education, experience years) in order)
ROUTES = [
    (
        "Requirements:\n- One year of experience in medical records work; or\n"
        "- An associate degree in health information technology.",
        [(None, 1.0), ("associate", None)],
    ),
    (
        "Minimum qualifications\n• Two years of experience filing and retrieving patient charts;"
        " or\n• An associate degree in health information management.",
        [(None, 2.0), ("associate", None)],
    ),
    (
        "Requirements:\n1. One year of medical records experience\nOR\n"
        "2. An associate degree in health information technology.",
        [(None, 1.0), ("associate", None)],
    ),
    (
        "Qualifications\nA. Eighteen months of hospital medical records experience\nOR\n"
        "B. A bachelor's degree in health information management.",
        [(None, 1.5), ("bachelor", None)],
    ),
    (
        "EDUCATION AND EXPERIENCE\nA. One year of experience in a medical records unit; or\n"
        "B. An associate degree in health information technology; or\n"
        "C. An equivalent combination of A and B.",
        [(None, 1.0), ("associate", None)],
    ),
    (
        "To qualify you need:\na. Six months of experience releasing patient records; or\n"
        "b. Completion of a medical records certificate program.",
        [(None, 0.5), ("certificate", None)],
    ),
    (
        "Minimum Qualifications:\n1. Two years of clerical experience in a clinic; or\n"
        "2. One year of clinic clerical experience and a medical office certificate.",
        [(None, 2.0), ("certificate", 1.0)],
    ),
    # college credits are schooling: 30 of them a certificate's worth (docs/design.md)
    (
        "Requirements:\n- Two years of medical records experience; or\n- 30 college credits in "
        "health information and one year of experience.",
        [(None, 2.0), ("certificate", 1.0)],
    ),
]


@pytest.mark.parametrize(("text", "routes"), ROUTES)
def test_listed_alternatives_are_routes(
    text: str, routes: list[tuple[str | None, float | None]]
) -> None:
    got = extract(text)
    assert [(p.education, p.experience_years) for p in got.paths][: len(routes)] == routes
    # what every route shares: no schooling, and experience may stand in for it
    assert got.education_required is None
    assert got.education_substitutable is True


@pytest.mark.parametrize(
    ("text", "education", "years"),
    [
        # items with no "or" between them: each is everyone's
        (
            "Requirements:\nA. High school diploma or GED.\nB. One year of medical records "
            "experience.",
            "high_school",
            1.0,
        ),
        (
            "Requirements:\n1. An associate degree in health information technology\n"
            "2. One year of medical records experience",
            "associate",
            1.0,
        ),
        # an "or" that joins two duties, not two routes
        ("Must be able to lift 25 lbs; or\nwork seated for long periods.", None, None),
        # "or" inside one item: credentials, not routes
        (
            "Requirements:\n- Two years of coding experience\n- CPC or CCS required",
            None,
            2.0,
        ),
    ],
)
def test_items_without_alternatives_stay_everyones(
    text: str, education: str | None, years: float | None
) -> None:
    got = extract(text)
    assert got.paths == []
    assert (got.education_required, got.experience_years_required) == (education, years)


def test_an_initial_opening_a_line_is_read_as_before() -> None:
    """A capital and a dot opening a line is now a list marker; a name's initial there changes
    nothing the posting asks."""
    got = extract("Contact: A. Rivera, HIM Manager\nOne year of records experience required.")
    assert got.experience_years_required == 1.0
    assert got.paths == []


def test_credits_and_a_diploma_on_every_route() -> None:
    """Routes numbered "1. ...; or" / "2. ...; or" / "3. equivalent": 60 semester credits are an
    associate degree's worth of schooling, and the diploma the first route names is below it, so
    every applicant needs the diploma."""
    got = extract(
        "QUALIFICATION REQUIREMENTS\n1. A four-year high school diploma or its educational "
        "equivalent and two years of full-time satisfactory experience in medical records work; "
        "or\n2. Completion of 60 semester credits from an accredited college including 12 credits"
        " in health information, and one year of experience as described in 1 above; or\n"
        '3. Education and/or experience equivalent to "1" or "2" above.'
    )
    assert [(p.education, p.experience_years) for p in got.paths][:2] == [
        (None, 2.0),
        ("associate", 1.0),
    ]
    assert (got.education_required, got.education_substitutable) == ("high_school", True)
