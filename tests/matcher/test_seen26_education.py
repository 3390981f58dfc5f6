"""Schooling read wrong in seen26 (holdout26.yaml until session 18).

"Students currently enrolled in a CAHIIM-accredited Health Information Management (bachelor's)
or Health Information Technology (associate) program" (h26-015, an internship) asked for a
bachelor's degree: "enrolled" stood more than 50 characters before the level, past the
enrolment reader's reach. "Enrolled in a / an / the ..." now reaches 80 characters
(matcher._education_read._ENROLLED_RE); the other study words keep 50.
"""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    "text",
    [
        "Who can apply: students currently enrolled in a CAHIIM-accredited Health Information "
        "Management (bachelor's) or Health Information Technology (associate) program.",
        "Applicants must be enrolled in an accredited Health Information Management or Health "
        "Information Technology associate degree program.",
        "Interns must be enrolled in the university's Health Information Management (bachelor's) "
        "program.",
    ],
)
def test_enrolment_in_a_programme_named_at_length_asks_no_level(text: str) -> None:
    assert extract(text).education_required is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Students enrolled in our program shadow staff; a high school diploma or GED is "
            "required.",
            "high_school",
        ),
        (
            "Our coders mentor interns enrolled in local programs. Associate degree in HIT "
            "required.",
            "associate",
        ),
    ],
)
def test_a_level_asked_apart_from_the_enrolment_stays(text: str, level: str) -> None:
    assert extract(text).education_required == level
