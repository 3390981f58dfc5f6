"""A federal grade heading written "GS-5 grade requirements:" (seen25 h25-006, session 17).

The grade heading pattern left "GS-5 grade ..." to references ("equivalent to the GS-04 grade
level"), so "GS-5 grade requirements:" opened no section: the block of routes under it ran back
into the basic requirements above, and the credential everyone must hold ("persons hired must
hold one of the following coding credentials: CCA, ...") became part of the first route. The
answer also changed when the lines were re-wrapped. "grade requirements" / "grade
qualifications" now head their grade (matcher._paths._GRADE_RE).
"""

from __future__ import annotations

import pytest

from matcher import extract

BASIC = (
    "Qualifications\n"
    "Basic requirements: United States citizenship. Certification: persons hired must hold one "
    "of the following coding credentials: CCA, CCS, CPC or RHIT.\n\n"
)
GRADES = (
    "GS-5 grade {word}: One year of specialized experience equivalent to the GS-4 level, such "
    "as coding outpatient records; OR a four-year course of study above high school leading to "
    "a bachelor's degree; OR a combination of specialized experience and education beyond the "
    "second year of study.\n\n"
    "GS-6 grade {word}: One year of specialized experience equivalent to the GS-5 level. There "
    "is no educational substitution at the GS-6 level.\n"
)


@pytest.mark.parametrize("word", ["requirements", "qualifications"])
@pytest.mark.parametrize("wrap", [False, True])
def test_a_grade_requirements_heading_opens_its_grade(word: str, wrap: bool) -> None:
    text = BASIC + GRADES.format(word=word)
    if wrap:
        text = text.replace(" the following", "\nthe following").replace(
            " above high", "\nabove high"
        )
    r = extract(text)
    assert [(g.any_of, g.level) for g in r.certifications] == [
        (["CCA", "CCS", "CPC", "RHIT"], "required")
    ]
    assert r.experience_years_required is None
    assert r.education_substitutable is True
    assert {p.grade for p in r.paths} == {"GS-5", "GS-6"}


def test_a_grade_level_named_as_a_reference_heads_nothing() -> None:
    r = extract(
        "Specialized experience: one year of experience equivalent to the GS-04 grade level, "
        "coding records; OR a bachelor's degree."
    )
    assert {p.grade for p in r.paths} == {None}
