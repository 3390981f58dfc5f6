"""matcher.extract on details that long postings in our own words showed (issue 15, session 12,
lead): a course as a training route, a bullet glued to a credential code, a credential a line
after the routes calls preferred, and Saturday abbreviated in a list of days."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "substitutable", "years"),
    [
        (
            "One year of medical records experience, or completion of a medical records course at"
            " an accredited school.",
            True,
            None,
        ),
        ("One year of medical records experience, or completion of a coding course.", True, None),
        (
            "Basic requirements: one year of experience that demonstrated knowledge of medical "
            "terminology, or successful completion of a course for medical record technicians at "
            "an accredited school, or a combination.",
            True,
            None,
        ),
        # near-misses: a course everyone takes, and a course liked
        (
            "High school diploma and completion of a medical terminology course required.",
            False,
            None,
        ),
        (
            "One year of experience. Completion of a medical terminology course preferred.",
            False,
            1.0,
        ),
    ],
)
def test_a_completed_course_is_a_training_route(
    text: str, substitutable: bool, years: float | None
) -> None:
    req = extract(text)
    assert req.education_substitutable is substitutable
    assert req.experience_years_required == years


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("-CPC preferred", [(["CPC"], "preferred")]),
        ("-RHIT or RHIA required", [(["RHIT", "RHIA"], "required")]),
        ("*CCS required", [(["CCS"], "required")]),
        # near-misses: a code inside a longer one stays out; a suffix stays on
        ("Must hold AB-CPC", []),
        ("CPC-A accepted", [(["CPC-A"], "required")]),
    ],
)
def test_a_bullet_glued_to_a_code(text: str, groups: list[tuple[list[str], str]]) -> None:
    assert [(g.any_of, g.level) for g in extract(text).certifications] == groups


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (
            "- Associate's degree in HIT, OR High School diploma plus 3 years of medical records "
            "experience\n- Familiarity with HIPAA\n- CPC preferred",
            [(["CPC"], "preferred")],
        ),
        (
            "- Associate degree in HIT, OR two years of records experience\n- Cerner a plus\n"
            "- RHIT a plus",
            [(["RHIT"], "preferred")],
        ),
        # near-miss: a credential on one route is no one's
        ("- CPC and two years of coding experience, OR an associate degree in HIT", []),
    ],
)
def test_a_credential_liked_after_the_routes_stays_liked(
    text: str, groups: list[tuple[list[str], str]]
) -> None:
    assert [(g.any_of, g.level) for g in extract(text).certifications] == groups


@pytest.mark.parametrize(
    ("text", "shifts"),
    [
        ("Part-time (Tues/Thurs/Sat mornings) - approx. 18 hrs/week", ["day", "weekend"]),
        ("Hours: Mon/Wed/Sat mornings", ["day", "weekend"]),
        ("Works Sat 8am-12pm.", ["day", "weekend"]),
        # near-misses: the verb, and weekdays alone
        ("She sat for the RHIT exam in 2020.", []),
        ("Hours: Tues/Thurs 8-4", ["day"]),
    ],
)
def test_saturday_abbreviated_in_a_list_of_days(text: str, shifts: list[str]) -> None:
    assert sorted(extract(text).shifts) == shifts


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Coders who earn their CDIP after hire receive an annual certification stipend.", []),
        ("Staff that obtain the CCS are promoted to Coder II.", []),
        # near-misses: what the job asks stays
        ("CCS required. Coders who earn their CDIP later get a stipend.", [(["CCS"], "required")]),
        ("Must hold CPC.", [(["CPC"], "required")]),
    ],
)
def test_a_credential_staff_earn_later_is_a_benefit(
    text: str, groups: list[tuple[list[str], str]]
) -> None:
    assert [(g.any_of, g.level) for g in extract(text).certifications] == groups


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("100% virtual", "remote"),
        ("Fully virtual role", "remote"),
        ("Partially remote", "hybrid"),
        ("partly remote position", "hybrid"),
        # near-misses: telehealth visits name no workplace; fully remote stays remote
        ("Schedules virtual visits for the clinic.", None),
        ("Fully remote", "remote"),
    ],
)
def test_virtual_and_partly_remote(text: str, workplace: str | None) -> None:
    assert extract(text).workplace == workplace


@pytest.mark.parametrize(
    ("text", "required", "liked"),
    [
        ("Associates or better in Health Information Technology required", "associate", None),
        (
            "Education\nRequired\nAssociates or better in Health Information Technology\n"
            "Preferred\nBachelors or better in Health Information Management",
            "associate",
            "bachelor",
        ),
        ("Preferred: Assoc. degree in HIT", None, "associate"),
        ("Assoc degree required", "associate", None),
        # near-misses: staff called associates, and "associate" as a job level
        ("Our associates or volunteers greet patients.", None, None),
        ("Coding Associate II, day shift", None, None),
    ],
)
def test_associates_or_better_and_assoc(text: str, required: str | None, liked: str | None) -> None:
    req = extract(text)
    assert (req.education_required, req.education_preferred) == (required, liked)


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("What will help:\n- RHIT or CCA\n- Epic experience", [(["RHIT", "CCA"], "preferred")]),
        ("What would help: RHIT.", [(["RHIT"], "preferred")]),
        # near-miss: "help" in a sentence, no heading
        ("RHIT required. This will help you grow.", [(["RHIT"], "required")]),
    ],
)
def test_what_will_help_is_a_soft_heading(text: str, groups: list[tuple[list[str], str]]) -> None:
    assert [(g.any_of, g.level) for g in extract(text).certifications] == groups
