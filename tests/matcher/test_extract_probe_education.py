"""matcher.extract on one-line probes of education, substitution and experience (issue 15,
session 11, s11pedu): phrasings no labelled set held, written in our own words the ways
career sites, job boards, civil service and USAJOBS pages state them. Each failed before the
rule beside it; the near misses keep what they had. Labels follow tests/data/extraction/README.md
and docs/design.md ("Qualification paths")."""

from __future__ import annotations

import pytest

from matcher import extract

# (text, education_required, education_preferred)
LEVELS = [
    # "BS/BA" opening the text had no trigger word; "baccalaureate" was no level
    ("BS/BA in health information management required.", "bachelor", None),
    ("Baccalaureate degree from an accredited college required.", "bachelor", None),
    # "HS dipl." abbreviated
    ("HS dipl. req'd.", "high_school", None),
    ("Req: HS dipl.", "high_school", None),
    # "AA degree", "AA/AS": the associate of arts
    ("AA degree preferred.", None, "associate"),
    ("Must have: HS diploma. Good to have: AA degree.", "high_school", "associate"),
    ("AA/AS required.", "associate", None),
    # soft headings: "What we'd like:", "We would like to see:"
    ("What we would like to see: an associate degree.", None, "associate"),
    ("What we'd like: an associate degree and two years of coding.", None, "associate"),
    # dotted pairs, read whole (a cue after the second dot is theirs)
    ("B.A. or B.S. preferred.", None, "bachelor"),
    ("B.A. or B.S. in HIM; RHIA preferred.", "bachelor", None),
    # near misses
    ("Tuition aid toward your AA or bachelor's degree after a year.", None, None),
    ("We would like you to start in March. HS diploma required.", "high_school", None),
    ("Our team has been together for years; a degree is not required.", None, None),
]

# (text, education_required, substitutable, experience_years_required)
SUBSTITUTIONS = [
    ("Associate degree required; will consider equivalent experience.", None, True, None),
    ("Associate's degree req'd; exp. may sub for degree.", None, True, None),
    ("Degree required; experience can be substituted year for year.", None, True, None),
    (
        "Associate degree required. Each year of relevant experience may substitute for one year"
        " of college.",
        None,
        True,
        None,
    ),
    ("Associate's degree / equivalent experience", None, True, None),
    ("Associate degree in HIT, or an equivalent amount of work experience.", None, True, None),
    ("Degree in HIM or equivalent work history.", None, True, None),
    # the figure in the brackets is the route's, not everyone's
    ("Associate degree or equivalent (2 years of relevant work experience).", None, True, None),
    # near misses: no schooling replaced, or a refusal
    ("HS diploma or equivalent (no experience needed).", "high_school", False, 0.0),
    (
        "Route 1: scan charts. Route 2: file records. HS diploma required.",
        "high_school",
        False,
        None,
    ),
    (
        "We will consider applicants with experience in Epic. HS diploma required.",
        "high_school",
        False,
        None,
    ),
    (
        "Associate degree required. Each year of service earns one more day of leave.",
        "associate",
        False,
        None,
    ),
    (
        "Associate degree required; experience cannot be substituted year for year.",
        "associate",
        False,
        None,
    ),
]

# (text, experience_years_required, experience_years_preferred)
EXPERIENCE = [
    # "no less than" is the floor, not a part below another figure
    ("No less than 2 years experience in a physician office.", 2.0, None),
    ("Not less than two years of experience required.", 2.0, None),
    ("No fewer than two years of coding experience.", 2.0, None),
    # a recency aside between the figure and its words
    ("Minimum of one year of recent (within the last 3 years) coding experience.", 1.0, None),
    ("One year of experience within the last 3 years.", 1.0, None),
    # a floor before the figure wins over a preference after it
    ("HIM experience: minimum 1 year, preferred 2 years.", 1.0, 2.0),
    ("Coding experience: at least 1 year, preferred 3 years.", 1.0, 3.0),
    ("Even better: 2 years of coding experience.", None, 2.0),
    (
        "You have: 2+ years of coding. You might also have: 1 year of cancer registry experience.",
        2.0,
        1.0,
    ),
    # ", ideally in coding" prefers the kind of work, not the figure
    ("Looking for 1-2 yrs experience, ideally in coding.", 1.0, None),
    ("1 year of experience, ideally 2.", 1.0, 2.0),
    # schooling counted in years is no experience
    (
        "You may substitute education for experience: successful completion of 2 years above"
        " high school.",
        None,
        None,
    ),
    # "not necessary" beside "not required"; a job board's "Less than 1 year"; "Total Years
    # Experience: 2+"
    ("Experience not necessary; we provide paid training.", 0.0, None),
    ("Experience: Less than 1 year", 0.0, None),
    ("Total Years Experience: 2+", 2.0, None),
    # near misses
    ("Less than 1 year of experience is OK.", 0.0, None),
    ("Experience: less than 1 year of coding required? No, 2 years.", 2.0, None),
    ("Must have 3 years of experience, including less than 1 year in coding.", 3.0, None),
    ("One year of coding experience, preferred in a hospital.", 1.0, None),
]

# (text, experience_years_required, substitutable, paths as (label, grade, education, years))
GRADES = [
    # the entry grade asks nothing beyond the basic requirements: a later grade's year is no
    # flat requirement (docs/matching.md, "grade sections")
    (
        "GS-4: None beyond the basic requirements.\nGS-5: One year of experience equivalent to "
        "GS-4.",
        None,
        False,
        [("basic requirements", "GS-4", None, None), ("experience", "GS-5", None, 1.0)],
    ),
    (
        "Grade GS-4: None beyond the basic requirements. Grade GS-5: One year of specialized "
        "experience equivalent to the next lower grade.",
        None,
        False,
        [("basic requirements", "GS-4", None, None), ("experience", "GS-5", None, 1.0)],
    ),
    # "at the GS-4 level" inside the experience sentence is the level asked, not a heading
    (
        "Specialized experience: One year of specialized experience at the GS-4 level, which is "
        "experience filing and retrieving records.\nOR\nEducation: Four years above high school "
        "leading to a bachelor's degree.\nOR\nCombination: Equivalent combinations of education "
        "and experience.",
        None,
        True,
        [
            ("experience", None, None, 1.0),
            ("education", None, "bachelor", None),
            ("combination", None, None, None),
        ],
    ),
    (
        "You qualify with one year of specialized experience at the GS-4 level in the federal "
        "service; experience includes filing. OR two years of education above high school.",
        None,
        True,
        [("experience", None, None, 1.0), ("education", None, "associate", None)],
    ),
    # near misses: a single grade's year is everyone's; grades with figures of their own
    (
        "GS-5: One year of specialized experience equivalent to the GS-4 level performing "
        "medical records work.",
        1.0,
        False,
        [],
    ),
    (
        "GS-4: Six months of general experience.\nGS-5: One year of experience equivalent to GS-4.",
        0.5,
        False,
        [("experience", "GS-4", None, 0.5), ("experience", "GS-5", None, 1.0)],
    ),
]


@pytest.mark.parametrize(("text", "required", "preferred"), LEVELS)
def test_levels(text: str, required: str | None, preferred: str | None) -> None:
    req = extract(text)
    assert (req.education_required, req.education_preferred) == (required, preferred)


@pytest.mark.parametrize(("text", "education", "substitutable", "years"), SUBSTITUTIONS)
def test_substitutions(
    text: str, education: str | None, substitutable: bool, years: float | None
) -> None:
    req = extract(text)
    assert req.education_required == education
    assert req.education_substitutable is substitutable
    assert req.experience_years_required == years


@pytest.mark.parametrize(("text", "required", "preferred"), EXPERIENCE)
def test_experience(text: str, required: float | None, preferred: float | None) -> None:
    req = extract(text)
    assert (req.experience_years_required, req.experience_years_preferred) == (
        required,
        preferred,
    )


@pytest.mark.parametrize(("text", "years", "substitutable", "paths"), GRADES)
def test_grade_sections(
    text: str,
    years: float | None,
    substitutable: bool,
    paths: list[tuple[str, str | None, str | None, float | None]],
) -> None:
    req = extract(text)
    assert req.experience_years_required == years
    assert req.education_substitutable is substitutable
    got = [(p.label, p.grade, p.education, p.experience_years) for p in req.paths]
    assert sorted(got, key=str) == sorted(paths, key=str)
