"""A second route opened by a marker of its own after an experience route (session 17,
s17probe; examples ours). "Two years of experience in a hospital HIM department. Or, Education:
an associate degree in HIT." is two routes, like "... Or an associate degree ..." and the
federal "OR": the experience; the associate degree. Nothing is shared, so the flat fields are
None and the education may be replaced (docs/design.md: "experience OR education" gives
education None, experience None, substitutable true). The openers: "Or," / "Or:" / "Or -"
opening the sentence, "Alternatively," / "Alternatively:", and "or" between dashes or in
brackets on a line of its own ("-- or --", "- or -", "(or)")."""

from __future__ import annotations

import pytest

from matcher import extract

_EXPERIENCE = "Requirements: Two years of experience in a hospital health information department."
_DEGREE = "an associate degree in health information technology."


@pytest.mark.parametrize(
    "text",
    [
        f"{_EXPERIENCE} Or, Education: {_DEGREE}",
        f"{_EXPERIENCE} OR Education: {_DEGREE}",
        f"{_EXPERIENCE} Or, {_DEGREE}",
        f"{_EXPERIENCE} Or: {_DEGREE}",
        f"{_EXPERIENCE} Or - {_DEGREE}",
        f"{_EXPERIENCE} OR - {_DEGREE}",
        f"{_EXPERIENCE} Alternatively: {_DEGREE}",
        f"{_EXPERIENCE} Alternatively, {_DEGREE}",
        f"{_EXPERIENCE}\n-- or --\nAn {_DEGREE[3:]}",
        f"{_EXPERIENCE}\n- or -\nAn {_DEGREE[3:]}",
        f"{_EXPERIENCE}\n- OR -\nAn {_DEGREE[3:]}",
        f"{_EXPERIENCE}\n(or)\nAn {_DEGREE[3:]}",
        f"Requirements:\n- {_EXPERIENCE[14:-1]}\n- or -\n- An {_DEGREE[3:-1]}",
    ],
)
def test_a_route_opened_by_its_marker(text: str) -> None:
    r = extract(text)
    assert (r.education_required, r.experience_years_required) == (None, None)
    assert r.education_substitutable is True
    assert [(p.education, p.experience_years) for p in r.paths] == [
        (None, 2.0),
        ("associate", None),
    ]


@pytest.mark.parametrize(
    ("text", "education", "years"),
    [
        # near-misses: no route after the opener, or both asked of everyone
        (
            "Two years of coding experience is required. Alternatively, we can train you on "
            "our software.",
            None,
            2.0,
        ),
        (f"{_EXPERIENCE} Also, {_DEGREE}", "associate", 2.0),
        (f"{_EXPERIENCE}\n-- and --\nAn {_DEGREE[3:]}", "associate", 2.0),
    ],
)
def test_no_route_without_an_alternative(text: str, education: str | None, years: float) -> None:
    r = extract(text)
    assert (r.education_required, r.experience_years_required, r.paths) == (
        education,
        years,
        [],
    )
