"""match(): one verdict per requirement, eligibility, unknowns as risks, preferences as relaxed.

Requirements are built directly (no extractor); wording is asserted where it is the contract.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import CandidateProfile, Evidence, Hints, Pay, Requirements
from schemas.vocab import CERTIFICATION_CODES, EDUCATION_LADDER, SKILL_IDS
from tests.matcher._support import cert, hourly, match, posting, prof, req

# (id, requirements, profile, field, level, status, explanation) -- explanation None: not checked
RULES = [
    # --- education ladder
    (
        "hs-met-by-associate",
        req(education_required="high_school"),
        prof(education="associate"),
        "education_required",
        "required",
        "met",
        "Requires a high school diploma or GED; you have an associate degree",
    ),
    (
        "associate-not-met-by-hs",
        req(education_required="associate"),
        prof(education="high_school"),
        "education_required",
        "required",
        "not_met",
        "Requires an associate degree; you have a high school diploma or GED",
    ),
    (
        "certificate-met-by-certificate",
        req(education_required="certificate"),
        prof(education="certificate"),
        "education_required",
        "required",
        "met",
        None,
    ),
    (
        "bachelor-met-by-master",
        req(education_required="bachelor"),
        prof(education="master"),
        "education_required",
        "required",
        "met",
        None,
    ),
    (
        "none-does-not-meet-hs",
        req(education_required="high_school"),
        prof(education="none"),
        "education_required",
        "required",
        "not_met",
        "Requires a high school diploma or GED; you have no diploma",
    ),
    # --- substitution: one year of experience per missing year of schooling, beyond what the
    # posting's own experience requirement uses up
    (
        "subst-certificate-to-associate-1y",
        req(education_required="associate", education_substitutable=True),
        prof(education="certificate", experience_years=1),
        "education_required",
        "required",
        "met",
        "Requires an associate degree or equivalent experience; "
        "your experience (1 year) stands in for it",
    ),
    (
        "subst-hs-to-associate-needs-2y",
        req(education_required="associate", education_substitutable=True),
        prof(education="high_school", experience_years=1.5),
        "education_required",
        "required",
        "not_met",
        None,
    ),
    (
        "subst-hs-to-associate-2y",
        req(education_required="associate", education_substitutable=True),
        prof(education="high_school", experience_years=2),
        "education_required",
        "required",
        "met",
        None,
    ),
    (
        "subst-spare-experience-only",
        req(
            education_required="associate",
            education_substitutable=True,
            experience_years_required=2,
        ),
        prof(education="high_school", experience_years=3),
        "education_required",
        "required",
        "not_met",
        "Requires an associate degree or equivalent experience; you have a high school diploma or "
        "GED and 3 years of experience (4 years needed to stand in)",
    ),
    (
        "subst-spare-experience-enough",
        req(
            education_required="associate",
            education_substitutable=True,
            experience_years_required=2,
        ),
        prof(education="high_school", experience_years=4),
        "education_required",
        "required",
        "met",
        None,
    ),
    (
        "no-subst-without-flag",
        req(education_required="associate"),
        prof(education="high_school", experience_years=20),
        "education_required",
        "required",
        "not_met",
        None,
    ),
    (
        "no-subst-for-the-diploma",
        req(education_required="high_school", education_substitutable=True),
        prof(education="none", experience_years=20),
        "education_required",
        "required",
        "not_met",
        None,
    ),
    (
        "edu-preferred",
        req(education_preferred="associate"),
        prof(education="high_school"),
        "education_preferred",
        "preferred",
        "not_met",
        "Prefers an associate degree; you have a high school diploma or GED",
    ),
    (
        "edu-preferred-substituted",
        req(education_preferred="associate", education_substitutable=True),
        prof(education="high_school", experience_years=2),
        "education_preferred",
        "preferred",
        "met",
        None,
    ),
    (
        "diploma-implied-unknown",
        req(),
        prof(education="none"),
        "education_required",
        "required",
        "unknown",
        "The posting does not say, but nearly every employer requires a high school diploma or GED",
    ),
    # --- experience
    (
        "exp-short",
        req(experience_years_required=1),
        prof(experience_years=0.5),
        "experience_years_required",
        "required",
        "not_met",
        "Requires 1 year; you have 6 months",
    ),
    (
        "exp-equal",
        req(experience_years_required=2),
        prof(experience_years=2),
        "experience_years_required",
        "required",
        "met",
        "Requires 2 years; you have 2 years",
    ),
    (
        "exp-none-needed",
        req(experience_years_required=0),
        prof(experience_years=0),
        "experience_years_required",
        "required",
        "met",
        "No experience required",
    ),
    (
        "exp-preferred",
        req(experience_years_preferred=2),
        prof(experience_years=1),
        "experience_years_preferred",
        "preferred",
        "not_met",
        "Prefers 2 years; you have 1 year",
    ),
    (
        "exp-months",
        req(experience_years_required=0.5),
        prof(experience_years=0.5),
        "experience_years_required",
        "required",
        "met",
        "Requires 6 months; you have 6 months",
    ),
    # --- certification groups and the equivalence table
    (
        "rhit-or-rhia-neither",
        req(certifications=[cert("RHIT", "RHIA")]),
        prof(),
        "certifications",
        "required",
        "not_met",
        "Requires RHIT or RHIA; you hold neither",
    ),
    (
        "rhit-held",
        req(certifications=[cert("RHIT", "RHIA")]),
        prof(certifications=["RHIT"]),
        "certifications",
        "required",
        "met",
        "Requires RHIT or RHIA; you hold RHIT",
    ),
    (
        "rhia-meets-rhit",
        req(certifications=[cert("RHIT")]),
        prof(certifications=["RHIA"]),
        "certifications",
        "required",
        "met",
        "Requires RHIT; your RHIA meets it",
    ),
    (
        "rhit-does-not-meet-rhia",
        req(certifications=[cert("RHIA")]),
        prof(certifications=["RHIT"]),
        "certifications",
        "required",
        "not_met",
        "Requires RHIA; you do not hold it",
    ),
    (
        "cpc-does-not-meet-ccs",
        req(certifications=[cert("CCS")]),
        prof(certifications=["CPC"]),
        "certifications",
        "required",
        "not_met",
        None,
    ),
    (
        "ccs-meets-cca",
        req(certifications=[cert("CCA")]),
        prof(certifications=["CCS"]),
        "certifications",
        "required",
        "met",
        None,
    ),
    (
        "cpc-meets-cpc-a",
        req(certifications=[cert("CPC-A")]),
        prof(certifications=["CPC"]),
        "certifications",
        "required",
        "met",
        None,
    ),
    (
        "cpc-a-does-not-meet-cpc",
        req(certifications=[cert("CPC")]),
        prof(certifications=["CPC-A"]),
        "certifications",
        "required",
        "not_met",
        None,
    ),
    (
        "aapc-any-of-three",
        req(certifications=[cert("CPC", "COC", "CPC-A")]),
        prof(),
        "certifications",
        "required",
        "not_met",
        "Requires CPC, COC or CPC-A; you hold none of them",
    ),
    # --- within_months + pending
    (
        "within-pending-met",
        req(certifications=[cert("RHIT", within=6)]),
        prof(pending_certifications=["RHIT"]),
        "certifications",
        "required",
        "met",
        "Requires RHIT within 6 months of hire; yours is pending",
    ),
    (
        "within-pending-rhia-covers-rhit",
        req(certifications=[cert("RHIT", within=12)]),
        prof(pending_certifications=["RHIA"]),
        "certifications",
        "required",
        "met",
        None,
    ),
    # docs/design.md "Qualification paths": a credential due within N months of hire stops nobody
    # applying; the verdict gives the deadline (issue 14; before, this was not_met)
    (
        "within-nothing",
        req(certifications=[cert("CCA", within=12)]),
        prof(),
        "certifications",
        "required",
        "met",
        "Requires CCA within 12 months of hire; you can apply now and earn it by then",
    ),
    (
        "pending-without-within",
        req(certifications=[cert("RHIT")]),
        prof(pending_certifications=["RHIT"]),
        "certifications",
        "required",
        "not_met",
        "Requires RHIT; you do not hold it yet (pending)",
    ),
    (
        "within-held",
        req(certifications=[cert("CCA", within=9)]),
        prof(certifications=["CCA"]),
        "certifications",
        "required",
        "met",
        "Requires CCA; you hold CCA",
    ),
    (
        "preferred-group",
        req(certifications=[cert("CPC", level="preferred")]),
        prof(),
        "certifications",
        "preferred",
        "not_met",
        "Prefers CPC; you do not hold it",
    ),
    # --- skills (preferred level; unknown when the profile lists none)
    (
        "skills-unknown",
        req(skills=["icd10", "cpt"]),
        prof(),
        "skills",
        "preferred",
        "unknown",
        "Asks for ICD-10-CM/PCS coding and CPT coding; your profile lists no skills",
    ),
    (
        "skills-missing",
        req(skills=["icd10", "cpt"]),
        prof(skills=["icd10", "hipaa"]),
        "skills",
        "preferred",
        "not_met",
        "Asks for ICD-10-CM/PCS coding and CPT coding; you do not list CPT coding",
    ),
    (
        "skills-none-listed",
        req(skills=["icd10", "cpt"]),
        prof(skills=["hipaa"]),
        "skills",
        "preferred",
        "not_met",
        "Asks for ICD-10-CM/PCS coding and CPT coding; you list none of them",
    ),
    (
        "skill-not-listed",
        req(skills=["epic"]),
        prof(skills=["hipaa"]),
        "skills",
        "preferred",
        "not_met",
        "Asks for Epic; you do not list it",
    ),
    (
        "skills-all",
        req(skills=["epic"]),
        prof(skills=["epic", "typing"]),
        "skills",
        "preferred",
        "met",
        None,
    ),
]


@pytest.mark.parametrize(
    ("requirements", "profile", "field", "level", "status", "explanation"),
    [pytest.param(*row[1:], id=row[0]) for row in RULES],
)
def test_rule(requirements, profile, field, level, status, explanation):
    res = match(requirements, profile)
    verdicts = [v for v in res.verdicts if v.field == field]
    assert len(verdicts) == 1, res.verdicts
    v = verdicts[0]
    assert (v.level, v.status) == (level, status)
    if explanation is not None:
        assert v.explanation == explanation
    # eligibility follows from the verdicts alone; unknown never blocks
    assert res.eligible == (not (level == "required" and status == "not_met"))
    assert res.near_miss == (level == "required" and status == "not_met")


def test_unstated_fields_give_no_verdict():
    # a posting that states one qualification is judged on it alone
    stated = req(experience_years_required=1)
    assert [v.field for v in match(stated, prof(education="high_school")).verdicts] == [
        "experience_years_required"
    ]


def test_a_posting_silent_on_every_qualification_is_unknown_not_nothing_required():
    # session 16: silence was read as "nothing required" (eligible, score 100); now the three
    # plausible requirements are unknown risks, as for a posting never read
    res = match(req(), prof(education="high_school"))
    assert [(v.field, v.status) for v in res.verdicts] == [
        ("education_required", "unknown"),
        ("experience_years_required", "unknown"),
        ("certifications", "unknown"),
    ]
    assert res.eligible and res.score == 82
    # ... below a posting whose one requirement is met and whose preferred skill is unknown (a
    # profile that lists no skills): 50 + 30*0.5 + 20 = 85 (the unknown skill cost 30 before)
    known = match(
        req(education_required="high_school", skills=["epic"]), prof(education="high_school")
    )
    assert [v.status for v in known.verdicts] == ["met", "unknown"]
    assert known.score == 85 > res.score


def test_one_verdict_per_stated_requirement_and_group():
    r = req(
        education_required="high_school",
        education_preferred="associate",
        experience_years_required=1,
        experience_years_preferred=2,
        certifications=[cert("RHIT", "RHIA"), cert("CPC", level="preferred")],
        skills=["hipaa"],
    )
    res = match(r, prof(education="associate", experience_years=3, certifications=["RHIA"]))
    assert [v.field for v in res.verdicts] == [
        "education_required",
        "education_preferred",
        "experience_years_required",
        "experience_years_preferred",
        "certifications",
        "certifications",
        "skills",
    ]
    assert res.eligible and res.missing == []


def test_two_misses_are_not_a_near_miss():
    r = req(education_required="associate", certifications=[cert("CCA")])
    res = match(r, prof(education="high_school"))
    assert not res.eligible
    assert [v.field for v in res.missing] == ["education_required", "certifications"]
    assert not res.near_miss


def test_evidence_is_the_postings_sentence():
    said = "An associate degree in health information technology is required."
    group = "Must hold RHIT or RHIA credential from AHIMA."
    r = req(
        education_required="associate",
        evidence={"education_required": Evidence(source="text", text=said)},
        certifications=[cert("RHIT", "RHIA", said=group)],
    )
    res = match(r, prof(education="associate"))
    by_field = {v.field: v for v in res.verdicts}
    assert by_field["education_required"].evidence == said
    assert by_field["certifications"].evidence == group


def test_posting_without_requirements_shows_risks():
    res = match(posting(None), prof())
    assert res.eligible
    unknown = [v for v in res.verdicts if v.level == "required"]
    assert {v.field for v in unknown} == {
        "education_required",
        "experience_years_required",
        "certifications",
    }
    assert all(v.status == "unknown" for v in unknown)
    known = match(posting(req(education_required="high_school")), prof())
    assert known.eligible and known.score > res.score


# --- preferences: relaxed, never eligibility ------------------------------------------------

PREFS = [
    ("other-state", dict(), dict(state="TX"), "location", "not_met", "In OH; you are in TX"),
    ("same-state", dict(), dict(state="OH"), "location", "met", None),
    (
        "relocate",
        dict(),
        dict(state="TX", willing_to_relocate=True),
        "location",
        "met",
        "In OH; you are willing to relocate",
    ),
    ("remote-anywhere", dict(workplace="remote"), dict(state="TX"), "location", "met", "Remote"),
    (
        "workplace-on-site",
        dict(workplace="on_site"),
        dict(workplaces=["remote", "hybrid"]),
        "workplace",
        "not_met",
        "Workplace is on-site; you want remote or hybrid",
    ),
    (
        "workplace-hybrid",
        dict(workplace="hybrid"),
        dict(workplaces=["remote", "hybrid"]),
        "workplace",
        "met",
        None,
    ),
    ("workplace-unstated", dict(), dict(workplaces=["remote"]), "workplace", "unknown", None),
    (
        "shifts-weekend-too",
        dict(shifts=["day", "weekend"]),
        dict(shifts=["day"]),
        "shifts",
        "not_met",
        "Shifts is day and weekend; you want day",
    ),
    ("shifts-ok", dict(shifts=["evening"]), dict(shifts=["day", "evening"]), "shifts", "met", None),
    ("shifts-unstated", dict(), dict(shifts=["day"]), "shifts", "unknown", None),
    (
        "type-alternatives",
        dict(employment_types=["full_time", "part_time"]),
        dict(employment_types=["part_time"]),
        "employment_types",
        "met",
        None,
    ),
    (
        "type-per-diem",
        dict(employment_types=["per_diem"]),
        dict(employment_types=["full_time"]),
        "employment_types",
        "not_met",
        "Job type is per diem; you want full-time",
    ),
    (
        "pay-low",
        dict(pay=hourly(18)),
        dict(min_pay=hourly(20)),
        "pay",
        "not_met",
        "Pays $18.00/h; you want at least $20.00/h",
    ),
    (
        "pay-year-equal",
        dict(pay=hourly(41600, "year")),
        dict(min_pay=hourly(20)),
        "pay",
        "met",
        None,
    ),
    (
        "pay-range-top-reaches",
        dict(pay={"min": 18, "max": 22, "period": "hour"}),
        dict(min_pay=hourly(20)),
        "pay",
        "met",
        None,
    ),
    (
        "pay-yearly-wish",
        dict(pay=hourly(24)),
        dict(min_pay=hourly(52000, "year")),
        "pay",
        "not_met",
        "Pays $24.00/h; you want at least $25.00/h",
    ),
    (
        "pay-unstated",
        dict(),
        dict(min_pay=hourly(20)),
        "pay",
        "unknown",
        "The posting does not state pay; you want at least $20.00/h",
    ),
]


@pytest.mark.parametrize(
    ("posting_req", "profile_kw", "field", "status", "explanation"),
    [pytest.param(*row[1:], id=row[0]) for row in PREFS],
)
def test_preference(posting_req, profile_kw, field, status, explanation):
    base = dict(certifications=[cert("RHIT")])
    p = posting(Requirements(**base, **posting_req))
    profile = prof(certifications=["RHIT"], **profile_kw)
    res = match(p, profile)
    [v] = [v for v in res.verdicts if v.field == field]
    assert (v.level, v.status) == ("preferred", status)
    if explanation is not None:
        assert v.explanation == explanation
    assert res.eligible, "preferences never change eligibility"
    assert res.relaxed == ([v.explanation] if status == "not_met" else [])
    # a relaxed preference lowers the score below the same posting with no stated preference
    plain = match(p, prof(certifications=["RHIT"]))
    assert (res.score < plain.score) == (status != "met")


def test_location_unknown_when_posting_names_no_state():
    res = match(posting(req(), state=None), prof(state="OH"))
    [v] = [v for v in res.verdicts if v.field == "location"]
    assert v.status == "unknown" and res.relaxed == []


def test_bare_requirements_are_not_judged_on_location():
    stated = req(education_required="high_school")
    assert [v.field for v in match(stated, prof(state="OH")).verdicts] == ["education_required"]


def test_closed_posting_is_relaxed_with_today():
    p = posting(req(), closes=datetime(2026, 3, 1))
    assert match(p, prof(), today=datetime(2026, 3, 2)).relaxed == [
        "Applications closed on 2026-03-01"
    ]
    assert match(p, prof(), today=datetime(2026, 2, 2)).relaxed == []
    assert match(p, prof()).relaxed == []


# --- score -------------------------------------------------------------------------------------


def test_score_worked_example_from_docs():
    # docs/matching.md: eligible, 1 of 2 preferred met, preferences 1 met + 1 unknown of 2,
    # one unknown required -> 50 + 30*0.5 + 20*0.75 - 6 = 74
    r = req(
        experience_years_required=1,
        education_preferred="associate",
        certifications=[cert("CCA", level="preferred")],
        pay=hourly(21),
    )
    p = posting(r)
    profile = prof(
        education="none",
        experience_years=2,
        certifications=["CCA"],
        min_pay=hourly(19),
        shifts=["day"],
    )
    res = match(p, profile)
    assert res.eligible
    assert res.score == 74
    # ineligible: 0 of 2 required met (one unknown, one not met) -> 40*0 + 5*0.5 + 4*0.75 = 5.5
    # -> 6 (Python rounds half to even)
    res2 = match(p, profile.model_copy(update={"experience_years": 0.0}))
    assert not res2.eligible and res2.score == 6
    # with a diploma and CCA now required (and held): 1 of 2 required met, 0 of 1 preferred
    # -> 20 + 0 + 3 = 23
    r3 = r.model_copy(update={"certifications": [cert("CCA")]})
    diploma = profile.model_copy(update={"experience_years": 0.0, "education": "high_school"})
    res3 = match(posting(r3), diploma)
    assert not res3.eligible and res3.score == 23


# --- properties --------------------------------------------------------------------------------

CODES = sorted(CERTIFICATION_CODES)
LEVELS = list(EDUCATION_LADDER[1:])

groups = st.builds(
    lambda codes, level, within: cert(*codes, level=level, within=within),
    st.lists(st.sampled_from(CODES), min_size=1, max_size=3),
    st.sampled_from(["required", "preferred"]),
    st.one_of(st.none(), st.integers(0, 24)),
)
years = st.one_of(st.none(), st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.0, 5.0]))
requirements = st.builds(
    Requirements,
    education_required=st.one_of(st.none(), st.sampled_from(LEVELS)),
    education_preferred=st.one_of(st.none(), st.sampled_from(LEVELS)),
    education_substitutable=st.booleans(),
    experience_years_required=years,
    experience_years_preferred=years,
    certifications=st.lists(groups, max_size=3),
    skills=st.lists(st.sampled_from(sorted(SKILL_IDS)), max_size=3),
)
profiles = st.builds(
    CandidateProfile,
    education=st.sampled_from(list(EDUCATION_LADDER)),
    certifications=st.lists(st.sampled_from(CODES), max_size=3),
    pending_certifications=st.lists(st.sampled_from(CODES), max_size=2),
    experience_years=st.sampled_from([0.0, 0.5, 1.0, 1.5, 2.0, 4.0, 7.0]),
    skills=st.lists(st.sampled_from(sorted(SKILL_IDS)), max_size=3),
)


def _no_regression(before, after):
    assert len(before.verdicts) == len(after.verdicts)
    for b, a in zip(before.verdicts, after.verdicts, strict=True):
        assert (b.field, b.level) == (a.field, a.level)
        assert not (b.status == "met" and a.status == "not_met"), (b, a)
    assert after.eligible or not before.eligible


@settings(max_examples=300, deadline=None)
@given(requirements, profiles, st.sampled_from(CODES))
def test_adding_a_credential_never_unmeets(r, profile, code):
    richer = profile.model_copy(update={"certifications": [*profile.certifications, code]})
    _no_regression(match(r, profile), match(r, richer))


@settings(max_examples=300, deadline=None)
@given(requirements, profiles, st.sampled_from([0.5, 1.0, 3.0]))
def test_adding_experience_never_lowers_eligibility(r, profile, extra):
    more = profile.model_copy(update={"experience_years": profile.experience_years + extra})
    _no_regression(match(r, profile), match(r, more))


@settings(max_examples=200, deadline=None)
@given(requirements, profiles)
def test_next_education_step_never_unmeets(r, profile):
    rank = EDUCATION_LADDER.index(profile.education)
    if profile.education == "none" or rank + 1 >= len(EDUCATION_LADDER):
        return  # "none" -> diploma removes the implied-diploma risk verdict: lengths differ
    higher = profile.model_copy(update={"education": EDUCATION_LADDER[rank + 1]})
    _no_regression(match(r, profile), match(r, higher))


@settings(max_examples=200, deadline=None)
@given(requirements, profiles)
def test_match_is_deterministic_and_scores_in_bands(r, profile):
    a, b = match(r, profile), match(r, profile)
    assert a == b
    assert a.eligible == (a.missing == [])
    assert (50 <= a.score <= 100) if a.eligible else (0 <= a.score <= 49)


def test_pay_in_another_currency_is_unknown_not_relaxed():
    p = posting(req(pay=Pay(min=30, max=30, period="hour", currency="CAD")))
    res = match(p, prof(min_pay=hourly(20)))
    [v] = [v for v in res.verdicts if v.field == "pay"]
    assert v.status == "unknown" and res.relaxed == []


def test_pay_falls_back_to_the_sources_hint():
    p = posting(req()).model_copy(update={"hints": Hints(pay=hourly(16))})
    res = match(p, prof(min_pay=hourly(20)))
    assert res.relaxed == ["Pays $16.00/h; you want at least $20.00/h"]
