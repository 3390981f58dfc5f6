"""Qualification paths read by matcher.extract (issue 14): federal "OR" blocks, multi-grade
announcements, private "X or N years of experience" sentences, residence limits, near misses.

The real federal announcements are read from ../shared/real-postings (skipped when absent); the
private wordings are ours, in tests/data/extraction/paths.yaml and below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.accuracy import load_cases
from matcher import extract, match
from schemas import (
    CandidateProfile,
    CertificationRequirement,
    Combination,
    QualificationPath,
    Requirements,
)

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "real-postings" / "postings"
OURS = {c["id"]: c for c in load_cases(ROOT / "tests/data/extraction/paths.yaml")}


def real(name: str) -> Requirements:
    path = REAL / f"{name}.txt"
    if not path.exists():
        pytest.skip("the real federal postings (../shared/real-postings) are not here")
    head, _, text = path.read_text(encoding="utf-8").partition("\n\n")
    title = next(line[6:].strip() for line in head.splitlines() if line.startswith("title:"))
    return extract(text, title=title)


def ours(ident: str) -> Requirements:
    case = OURS[ident]
    return extract(case["text"], title=case["title"])


def route(p: QualificationPath) -> tuple[object, ...]:
    comb = p.combination
    return (
        p.grade,
        p.label,
        p.education,
        p.education_field,
        p.experience_years,
        p.experience_kind,
        [c.any_of for c in p.certifications],
        None
        if comb is None
        else (comb.experience_years, comb.schooling_years, comb.hours_above_60),
    )


def routes(req: Requirements) -> list[tuple[object, ...]]:
    return [route(p) for p in req.paths]


EXP_1_RECORDS = (None, "experience", None, None, 1.0, "records", [], None)
ASSOC_HIT = (None, "education", "associate", "health_information", None, None, [], None)
COMB_1_2 = (None, "combination", None, None, None, None, [], (1.0, 2.0, False))


# --- real federal announcements ------------------------------------------------------------


@pytest.mark.parametrize("name", ["r01", "r03", "r19"])
def test_va_mrt_experience_or_education_or_combination(name: str) -> None:
    req = real(name)
    assert routes(req) == [EXP_1_RECORDS, ASSOC_HIT, COMB_1_2]
    # what every applicant needs: neither the degree nor the year (nor the "six months of the
    # required one year" substitution example)
    assert req.education_required is None
    assert req.experience_years_required is None
    assert req.education_substitutable is True


@pytest.mark.parametrize("name", ["r07", "r33"])
def test_coder_announcement_accepts_an_approved_coding_programme(name: str) -> None:
    req = real(name)
    got = routes(req)
    assert (None, "experience", None, None, 1.0, "coding", [], None) in got
    assert ASSOC_HIT in got
    assert (None, "training", "certificate", "coding", None, None, [], None) in got
    assert req.education_required is None and req.experience_years_required is None


def test_a_credential_in_one_path_only_is_not_a_flat_requirement() -> None:
    req = real("r09")  # "Mastery level certification through AHIMA or AAPC and two years ..."
    assert req.certifications == []
    certified = [p for p in req.paths if p.certifications]
    assert len(certified) == 1 and certified[0].experience_years == 2.0


def test_multi_grade_announcement_labels_each_grade() -> None:
    req = real("r21")
    grades = {p.grade for p in req.paths}
    assert grades == {"GS-4", "GS-5"}
    gs4 = [route(p) for p in req.paths if p.grade == "GS-4"]
    assert ("GS-4", "education", "associate", None, None, None, [], None) in gs4
    assert ("GS-4", "combination", None, None, None, None, [], (1.0, 2.0, False)) in gs4
    assert req.experience_years_required is None


def test_none_beyond_the_basic_requirements_repeats_the_basic_paths_for_that_grade() -> None:
    req = real("r23")
    basic = [route(p)[1:] for p in req.paths if p.grade is None]
    gs3 = [route(p)[1:] for p in req.paths if p.grade == "GS-3"]
    assert basic and basic == gs3
    assert ("experience", None, None, 0.5, "any", [], None) in basic
    assert any(p.grade == "GS-4" and p.education == "associate" for p in req.paths)


def test_single_grade_experience_is_asked_of_everyone() -> None:
    for name in ("r35", "r37"):
        req = real(name)
        assert req.experience_years_required == 1.0, name
        assert any(p.education == "bachelor" for p in req.paths)
        assert any(p.experience_years == 3.0 and p.experience_kind == "records" for p in req.paths)


def test_federal_boilerplate_has_no_paths() -> None:
    for name in ("r11", "r13", "r15", "r17", "r27", "r29", "r31"):
        assert real(name).paths == [], name


# --- our own wordings ------------------------------------------------------------------------


def test_federal_one_of_the_following_block() -> None:
    req = ours("path-001")
    assert routes(req) == [EXP_1_RECORDS, ASSOC_HIT, COMB_1_2]


def test_gs5_combination_counts_only_hours_above_60() -> None:
    req = ours("path-002")
    comb = [p for p in req.paths if p.combination is not None]
    assert comb and comb[0].combination is not None
    assert comb[0].combination.hours_above_60 is True
    assert comb[0].combination.schooling_years == 4.0
    assert {p.grade for p in req.paths} == {"GS-5"}


def test_grade_sections_of_our_own() -> None:
    req = ours("path-003")
    assert {p.grade for p in req.paths} == {None, "GS-4", "GS-5"}
    gs5 = [route(p)[1:5] for p in req.paths if p.grade == "GS-5"]
    assert ("experience", None, None, 1.0) in gs5 and ("education", "bachelor", None, None) in gs5


def test_education_cannot_be_substituted_leaves_one_route() -> None:
    req = ours("path-004")
    assert req.paths == [] and req.experience_years_required == 1.0


@pytest.mark.parametrize(
    ("ident", "expected"),
    [
        (
            "path-005",
            [
                ("education", "associate", "health_information", None, None, []),
                ("experience", None, None, 2.0, "records", []),
            ],
        ),
        (
            "path-006",
            [
                ("certification", None, None, None, None, [["CCA", "CPC"]]),
                ("training", "certificate", "coding", None, None, []),
            ],
        ),
        (
            "path-007",
            [
                ("certification", None, None, None, None, [["CPC"]]),
                ("experience", None, None, 2.0, "coding", []),
            ],
        ),
        (
            "path-010",
            [
                ("education", "bachelor", "health_information", None, None, []),
                ("experience", None, None, 4.0, "records", []),
            ],
        ),
        (
            "path-014",
            [
                ("education", "certificate", "coding", None, None, []),
                ("experience", None, None, 1.0, "healthcare", []),
            ],
        ),
    ],
)
def test_private_alternatives(ident: str, expected: list[tuple[object, ...]]) -> None:
    req = ours(ident)
    assert [route(p)[1:7] for p in req.paths] == expected
    assert req.experience_years_required is None


def test_degree_or_equivalent_experience_is_a_year_for_year_combination() -> None:
    req = ours("path-016")
    assert [route(p)[1:] for p in req.paths] == [
        ("education", "bachelor", "health_information", None, None, [], None),
        ("combination", None, None, None, None, [], (4.0, 4.0, False)),
    ]
    # the two years every applicant needs are outside the alternatives
    assert req.experience_years_required == 2.0 and req.education_required is None


@pytest.mark.parametrize(
    "ident", ["path-008", "path-009", "path-011", "path-012", "path-013", "path-015"]
)
def test_near_misses_have_no_paths(ident: str) -> None:
    assert ours(ident).paths == []


@pytest.mark.parametrize(
    "text",
    [
        "High school diploma or GED required.",
        "RHIT or RHIA required.",
        "Associate or bachelor's degree in HIM required.",
        "Experience with Epic or Cerner; one year of experience required.",
        "Associate degree in HIT or two years of records experience preferred.",
        "An associate degree in HIT OR a coding certificate from an accredited program.",
    ],
)
def test_more_near_misses(text: str) -> None:
    assert extract(text).paths == []


@pytest.mark.parametrize(
    "text",
    [
        "Qualifications: associate or i, or 2 years of experience in coding.",
        # lines opening with "or " continue the one before (h15r's shape of the posting)
        "...\nor associate or i\nor 2 years of coding experience",
    ],
)
def test_a_level_read_only_across_an_or_stays_the_sides_level(text: str) -> None:
    """ "associate" is a level only before "or" / "degree" / ...: split at the "or" no piece named
    one and the side's lowest level was min() of nothing (ValueError, h15r)."""
    r = extract(text)
    assert [(p.label, p.education, p.experience_years) for p in r.paths] == [
        ("education", "associate", None),
        ("experience", None, 2.0),
    ]


def test_residence_limits() -> None:
    assert ours("path-008").residence_states == ["TX", "OK", "LA"]
    assert ours("path-009").residence_states == ["FL", "GA", "AL"]
    assert ours("path-015").residence_states == []  # "cannot hire residents of": not a limit
    assert extract("Our clinics serve Texas, Oklahoma and Louisiana.").residence_states == []
    text = "Fully remote; applicants must live in Ohio or Michigan."
    assert extract(text).residence_states == ["OH", "MI"]


# --- matching over paths (issue 14 step 3) ---------------------------------------------------


HIT_GRAD = CandidateProfile(education="associate", field_of_study="Health Information Technology")
CLERK = CandidateProfile(education="high_school", experience_years=1.0)
NEW_HS = CandidateProfile(education="high_school")


def path_texts(req: Requirements, profile: CandidateProfile) -> tuple[bool, list[str]]:
    res = match(req, profile)
    return res.eligible, [v.explanation for v in res.verdicts if v.field == "paths"]


@pytest.mark.parametrize("name", ["r01", "r03", "r05", "r19"])
def test_new_hit_graduate_qualifies_through_the_education_path(name: str) -> None:
    eligible, texts = path_texts(real(name), HIT_GRAD)
    assert eligible
    assert texts == [
        "Qualifies through the education path: an associate degree in health information "
        "technology / management (you have an associate degree in health information "
        "technology / management)"
    ]


@pytest.mark.parametrize("name", ["r01", "r03", "r19"])
def test_clerk_with_a_year_qualifies_through_the_experience_path(name: str) -> None:
    eligible, texts = path_texts(real(name), CLERK)
    assert eligible
    assert texts[0].startswith("Qualifies through the experience path: 1 year of medical records")
    assert "assuming all of it is medical records experience" in texts[0]


def test_combination_arithmetic_is_shown() -> None:
    # six months of records work and a one-year HIT certificate: 50% + 50%
    profile = CandidateProfile(
        education="certificate", experience_years=0.5, field_of_study="Health Information"
    )
    eligible, texts = path_texts(real("r01"), profile)
    assert eligible
    assert texts == [
        "Qualifies through the combination path: an equivalent combination of experience and "
        "schooling (6 of the 12 months of experience and 1 of the 2 years of schooling it asks: "
        "100% together)"
    ]


#: The schooling of a combination counts as it would toward the education route beside it
#: (VA: "an associate degree in HIT/HIM ... OR equivalent combinations of creditable experience
#: and education"): (education, years, field_of_study, status of the combination path's verdict
#: or "experience" when another path decides, a phrase of its explanation).
COMBINATION_FIELD = [
    # no field given: the share reaches 100% only if the schooling was in HIT/HIM
    ("certificate", 0.5, None, "unknown", "100% together if your schooling was in health"),
    ("associate", 0.0, None, "unknown", "does not say in what field"),
    # a field outside health: the schooling does not count, the experience alone is short
    ("certificate", 0.5, "Business", "not_met", "experience path"),
    ("associate", 0.5, "Business administration", "not_met", "experience path"),
    # the route's own field (or one it covers): counted
    (
        "certificate",
        0.5,
        "health_information",
        "met",
        "1 of the 2 years of schooling it asks: 100%",
    ),
    # coding schooling is HIT coursework toward the combination (the VA counts medical coding
    # among the HIT courses; s15audit found a coding certificate holder told no path was met)
    ("certificate", 0.5, "Medical Coding", "met", "1 of the 2 years of schooling it asks: 100%"),
    ("associate", 0.0, "Health Information Management", "met", "education path"),
    # enough experience decides alone, whatever the schooling
    ("certificate", 1.5, "Business", "met", "experience path"),
]


@pytest.mark.parametrize(("education", "years", "study", "status", "phrase"), COMBINATION_FIELD)
@pytest.mark.parametrize("name", ["r01", "r05", "r19"])
def test_combination_counts_schooling_in_the_education_routes_field(
    name: str, education: str, years: float, study: str | None, status: str, phrase: str
) -> None:
    profile = CandidateProfile(education=education, experience_years=years, field_of_study=study)
    res = match(real(name), profile)
    [verdict] = [v for v in res.verdicts if v.field == "paths"]
    assert verdict.status == status, verdict.explanation
    assert phrase in verdict.explanation


def test_combination_without_a_field_on_its_routes_counts_any_schooling() -> None:
    """Without a field on the education route ("an associate degree, or two years of experience,
    or an equivalent combination"), any schooling counts, as before."""
    req = Requirements(
        paths=[
            QualificationPath(label="education", education="associate"),
            QualificationPath(label="experience", experience_years=2),
            QualificationPath(
                label="combination",
                combination=Combination(experience_years=2, schooling_years=2),
            ),
        ]
    )
    profile = CandidateProfile(
        education="certificate", experience_years=1, field_of_study="Business"
    )
    [verdict] = [v for v in match(req, profile).verdicts if v.field == "paths"]
    assert verdict.status == "met" and "combination path" in verdict.explanation
    # with a field on it, the same profile's certificate does not count
    field = req.paths[0].model_copy(update={"education_field": "health_information"})
    req = req.model_copy(update={"paths": [field, *req.paths[1:]]})
    [verdict] = [v for v in match(req, profile).verdicts if v.field == "paths"]
    assert verdict.status == "not_met"


def test_no_path_met_names_the_closest_and_what_it_lacks() -> None:
    eligible, texts = path_texts(real("r01"), NEW_HS)
    assert not eligible
    assert len(texts) == 1  # a near miss: one item away
    assert texts[0].startswith("Meets none of the 3 paths; closest is the ")


@pytest.mark.parametrize(
    ("years", "closest"),
    [
        # a high school graduate with 1 year: 1 more year of work, or 2 years of college
        (2, "closest is the experience path, which needs 2 years of medical records experience"),
        # 3 more years of work, or 2 years of college: the degree is nearer
        (4, "closest is the education path, which needs an associate degree in health"),
    ],
)
def test_the_closest_path_is_the_fewest_years_away(years: int, closest: str) -> None:
    req = extract(
        "Medical Records Technician\nMinimum qualifications: an associate degree in health "
        f"information technology, or {years} years of medical records experience may "
        "substitute for the degree."
    )
    assert len(req.paths) == 2
    profile = CandidateProfile(education="high_school", experience_years=1)
    eligible, texts = path_texts(req, profile)
    assert not eligible
    assert len(texts) == 1 and closest in texts[0], texts


def test_unrelated_degree_does_not_meet_an_hit_education_path() -> None:
    business = CandidateProfile(education="associate", field_of_study="Business administration")
    eligible, texts = path_texts(real("r01"), business)
    # nor does it count toward the combination (session 15): only schooling in HIT/HIM does
    assert not eligible and "closest is the experience path" in texts[0]
    unknown = CandidateProfile(education="associate")  # field not given
    res = match(
        Requirements(
            paths=[
                QualificationPath(
                    label="education", education="associate", education_field="health_information"
                )
            ]
        ),
        unknown,
    )
    assert res.eligible and res.verdicts[0].status == "unknown"
    assert res.verdicts[0].explanation.startswith("May qualify through the education path")


def test_experience_kinds_with_a_breakdown() -> None:
    req = ours("path-005")  # associate degree in HIT or two years of medical records experience
    front_desk = CandidateProfile(
        education="high_school", experience_years=3, experience_by_kind={"healthcare": 3}
    )
    eligible, texts = path_texts(req, front_desk)
    assert not eligible  # three years at a front desk are not medical records experience
    only_experience = Requirements(paths=[p for p in req.paths if p.label == "experience"] * 2)
    _, texts = path_texts(only_experience, front_desk)
    # the years that do not count are named, so the reader sees why (session 15, s15audit)
    assert (
        "needs 2 years of medical records experience (you have none, not counting 3 years of "
        "other work)" in texts[0]
    )
    records = CandidateProfile(
        education="high_school",
        experience_years=3,
        experience_by_kind={"coding": 1, "records": 1, "healthcare": 1},
    )
    eligible, texts = path_texts(req, records)
    assert eligible and "assuming" not in texts[0]


def test_multi_grade_qualifies_at_the_highest_grade_met() -> None:
    """A seeker applies at a grade: one who meets GS-5 is told GS-5, not the GS-4 also met
    (session 15, s15audit; the lowest grade had been named)."""
    req = real("r21")  # GS-4 block (general experience OR 2 years above high school) + GS-5
    records = CandidateProfile(education="high_school", experience_by_kind={"records": 1})
    eligible, texts = path_texts(req, records)
    assert eligible and texts[0].startswith("Qualifies at GS-5 through the GS-5 experience path")
    eligible, texts = path_texts(req, CandidateProfile(education="associate"))
    assert eligible and texts[0].startswith("Qualifies at GS-4 through the GS-4 education path")


@pytest.mark.parametrize(
    "profile",
    [
        CandidateProfile(education="associate", field_of_study="Health Information Technology"),
        CandidateProfile(education="certificate", experience_by_kind={"records": 0.5}),
    ],
    ids=["associate", "certificate and 6 months"],
)
def test_basic_requirements_alone_do_not_qualify_for_the_grade_offered(
    profile: CandidateProfile,
) -> None:
    """r25 offers GS-5 only; its basic routes (6 months, a year above high school) are needed
    to enter the occupation, and GS-5 asks a year at GS-4 or four years of schooling. They had
    decided alone ('Qualifies through the education path'); now they may qualify at most and
    say what the grade's route needs (s15audit)."""
    res = match(real("r25"), profile)
    [verdict] = [v for v in res.verdicts if v.field == "paths"]
    assert verdict.status == "unknown"
    assert "you meet the basic requirements" in verdict.explanation
    # the GS-5 year is a year at GS-4, not one of any work (session 16)
    needs = (
        "the GS-5 experience path also needs 1 year of specialized experience equivalent to "
        "GS-4 (or another of its routes)"
    )
    assert needs in verdict.explanation
    # who may meet GS-5 is told so: a year whose kind the profile cannot show may be the GS-4
    # year (session 16: it was "Qualifies", as if any year of work were that year)
    year = CandidateProfile(education="high_school", experience_years=1)
    [verdict] = [v for v in match(real("r25"), year).verdicts if v.field == "paths"]
    assert verdict.status == "unknown" and verdict.explanation.startswith("May qualify at GS-5")


def test_a_miss_on_a_multi_grade_announcement_names_grades_not_path_copies() -> None:
    """Each grade repeats its routes; "none of the 6 paths" would count the copies."""
    graded = [
        QualificationPath(label="experience", grade="GS-4", experience_years=1),
        QualificationPath(label="education", grade="GS-4", education="associate"),
        QualificationPath(label="experience", grade="GS-5", experience_years=2),
        QualificationPath(label="education", grade="GS-5", education="bachelor"),
    ]
    none_yet = CandidateProfile(education="high_school", experience_years=0.25)
    _, texts = path_texts(Requirements(education_substitutable=True, paths=graded), none_yet)
    assert texts[0].startswith("Meets no path at any grade (GS-4 or GS-5); closest is the GS-4 ")
    # the announcement's own grade is unnamed: its paths carry no grade, a later one does
    base = [QualificationPath(label="experience", experience_years=0.5), *graded[2:]]
    _, texts = path_texts(Requirements(education_substitutable=True, paths=base), none_yet)
    assert texts[0].startswith("Meets no path at any grade; closest is the experience path")
    # one grade only: the count of its paths stays
    _, texts = path_texts(Requirements(education_substitutable=True, paths=graded[:2]), none_yet)
    assert texts[0].startswith("Meets none of the 2 paths; closest is the GS-4 experience path")


def test_hours_above_60_only_count_schooling_past_two_years() -> None:
    req = Requirements(
        education_substitutable=True,
        paths=[
            QualificationPath(label="experience", grade="GS-5", experience_years=1),
            QualificationPath(label="education", grade="GS-5", education="bachelor"),
            QualificationPath(
                label="combination",
                grade="GS-5",
                combination=Combination(experience_years=1, schooling_years=4, hours_above_60=True),
            ),
        ],
    )
    # an associate degree (2 years) counts for nothing above the first 60 hours
    assoc = CandidateProfile(education="associate", experience_years=0.5)
    eligible, texts = path_texts(req, assoc)
    assert not eligible
    # the combination is 50% + 0%, the experience path lacks 6 months: both one item away; the
    # verdict shows the path and what it lacks
    assert texts[0].startswith("Meets none of the 3 paths; closest is the GS-5 ")


def test_credential_path_and_deadline() -> None:
    req = ours("path-006")  # CCA, CPC or completion of an approved coding programme
    eligible, texts = path_texts(req, CandidateProfile(certifications=["CPC"]))
    assert eligible and texts[0].startswith("Qualifies through the certification path: CCA or CPC")
    coder = CandidateProfile(education="certificate", field_of_study="medical coding")
    eligible, texts = path_texts(req, coder)
    assert eligible and "training path" in texts[0]
    due = Requirements(
        certifications=[
            CertificationRequirement(any_of=["RHIT"], level="required", within_months=12)
        ]
    )
    res = match(due, NEW_HS)
    assert res.eligible
    assert res.verdicts[0].explanation == (
        "Requires RHIT within 12 months of hire; you can apply now and earn it by then"
    )


def test_residence_is_a_required_item() -> None:
    req = ours("path-008")  # open only to residents of TX, OK and LA
    texan = CandidateProfile(state="TX", experience_years=1)
    res = match(req, texan)
    assert res.eligible
    assert [v.explanation for v in res.verdicts if v.field == "residence"] == [
        "Open only to residents of TX, OK or LA; you live in TX"
    ]
    res = match(req, CandidateProfile(state="CA", experience_years=1))
    assert not res.eligible and res.near_miss
    assert res.missing[0].explanation == "Open only to residents of TX, OK or LA; you live in CA"
    res = match(req, CandidateProfile(experience_years=1))
    assert res.eligible and res.verdicts[-1].status == "unknown"


# --- advice respects prerequisites (issue 14 step 5) -----------------------------------------


def test_a_diploma_is_never_told_to_earn_rhit() -> None:
    from matcher import gaps
    from schemas import Posting

    rhit = Requirements(
        certifications=[CertificationRequirement(any_of=["RHIT"], level="required")]
    )
    federal = ours("path-005")  # associate degree in HIT or two years of records experience
    ps = [
        Posting(
            source="t",
            external_id=str(i),
            url=f"https://x.test/{i}",
            title="HIM Tech",
            requirements=req,
        )
        for i, req in enumerate([rhit, rhit, federal])
    ]
    found = gaps(ps, NEW_HS)
    labels = {g.label: g.postings for g in found}
    assert not any(label.startswith("Earn RH") for label in labels)
    assert labels["Complete an associate degree in HIT/HIM and earn RHIT"] == 2
    # an HIT graduate may sit for RHIT (and meets the federal posting's education path)
    graduate = CandidateProfile(education="associate", field_of_study="HIT")
    got = {g.label: g.postings for g in gaps(ps, graduate)}
    assert got["Earn RHIT"] == 2 and "Earn RHIA" not in got


# --- the path and its condition wherever a verdict shows (issue 14 step 6) -------------------


def test_paths_show_in_requirement_rows_badges_and_notify_json() -> None:
    from himjobs._match_lists import notes, result_json
    from himjobs._present import verdict_badges
    from himjobs._requirements import requirement_rows
    from schemas import Posting

    req = ours("path-001")  # experience OR associate in HIT OR combination
    rows = [(r["label"], r["value"]) for r in requirement_rows(req)]
    assert (
        "Education path",
        "an associate degree in health information technology / management",
    ) in rows
    assert ("Experience path", "1 year of medical records experience") in rows
    assert rows[-1][0] == "Combination path" and "adding up to 100%" in rows[-1][1]
    posting = Posting(
        source="t", external_id="1", url="https://x.test/1", title="MRT", requirements=req
    )
    res = match(posting, HIT_GRAD)
    assert "✔ Education path" in verdict_badges(res)
    doc = result_json(res, "match")
    assert any(
        v["explanation"].startswith("Qualifies through the education path") for v in doc["verdicts"]
    )
    near = match(posting, NEW_HS)
    assert "closest is the" in notes(near)
    due = Requirements(
        certifications=[CertificationRequirement(any_of=["CCA"], level="required", within_months=6)]
    )
    assert "CCA (due within 6 months of hire)" in verdict_badges(match(due, NEW_HS))


def test_lists_ending_in_comma_or() -> None:
    assert extract("100% remote; must reside in TX, FL, or GA.").residence_states == [
        "TX",
        "FL",
        "GA",
    ]
    req = extract(
        "Required: Coding credential (CCA, CCS, or CPC) or completion of an approved "
        "coding program."
    )
    assert [[g.any_of for g in p.certifications] for p in req.paths] == [
        [["CCA", "CCS", "CPC"]],
        [],
    ]


def test_an_or_right_after_a_sentence_ends() -> None:
    text = (
        "GS-4: Six months of specialized experience, such as abstracting record data. "
        "OR Two years of education above high school may be substituted for experience "
        "at this grade.\nGS-5: One year of specialized experience equivalent to GS-4."
    )
    req = extract(text)
    assert [(p.grade, p.label, p.experience_years, p.education) for p in req.paths] == [
        ("GS-4", "experience", 0.5, None),
        ("GS-4", "education", None, "associate"),
        ("GS-5", "experience", 1.0, None),
    ]
