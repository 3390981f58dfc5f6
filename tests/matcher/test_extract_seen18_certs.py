"""matcher.extract on credentials as the retired unseen set seen18 showed employers write them
(session 10, s10exp): a credential earned later (a career path, "may earn", "go on to earn"),
soft and firm headings written as questions ("What we require", "What would make you stand
out"), credentials on route lines ("Option A: ... RHIT" / "Option B: ... RHIA") and two
credentials both asked ("CPC and CRC"). Our own wording, with near-misses."""

from __future__ import annotations

import pytest

from matcher import extract


def _groups(text: str) -> list[tuple[list[str], str, int | None]]:
    return [(g.any_of, g.level, g.within_months) for g in extract(text).certifications]


# --- a credential earned later, on a career path, is no requirement ------------------------------

LATER_STEPS = [
    ("Qualifications\n- High school diploma\nCareer growth\nMany of our clerks earn the RHIT "
     "through our tuition program.", []),
    ("Requirements: typing 40 wpm.\nGrow with us: after six months you may earn the CCS.", []),
    ("Career path: scanners may move up to coding jobs after earning the CCA.", []),
    ("Requirements: HS diploma. Our file clerks often go on to earn the CPC.", []),
    ("Requirements: HS diploma. Indexers might later obtain the CCA and move into coding.", []),
    ("Requirements: HS diploma. You could earn the CRCR at company expense.", []),
    # near-misses: a duty to earn it, a deadline, a credential asked before the career line
    ("Requirements: HS diploma. New hires must earn the CCA within 6 months.",
     [(["CCA"], "required", 6)]),
    ("Requirements\n- RHIT required\nCareer growth\nRHITs here may go on to earn the RHIA.",
     [(["RHIT"], "required", None)]),
    ("Qualifications: CPC required. After earning the CPC you must keep it active.",
     [(["CPC"], "required", None)]),
    ("RHIT required, and we go on to train you in Epic.", [(["RHIT"], "required", None)]),
    ("Requirements: CPC required; you may earn a bonus after 90 days.",
     [(["CPC"], "required", None)]),
    ("Must obtain CPC within 6 months (exam at company expense).", [(["CPC"], "required", 6)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), LATER_STEPS)
def test_a_credential_earned_later_is_no_requirement(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


def test_a_details_heading_ends_a_career_growth_section() -> None:
    text = (
        "Qualifications\n- High school diploma required\nCareer growth\nMany clerks go on to "
        "earn the RHIT.\n\nJob details\nFull-time, day shift 8a-4:30p. On-site at our main campus."
    )
    r = extract(text)
    assert (r.certifications, r.employment_types, r.workplace, r.shifts) == (
        [],
        ["full_time"],
        "on_site",
        ["day"],
    )


# --- headings written as questions: "What we require", "What would make you stand out" ----------

QUESTION_HEADINGS = [
    ("What we require\n- CPC (CPC-A considered)\n- 2 years of coding\nWhat would make you stand "
     "out\n- CRC credential", [(["CPC", "CPC-A"], "required", None), (["CRC"], "preferred", None)]),
    ("What we require:\n- RHIT\nWhat sets you apart\n- CCS",
     [(["RHIT"], "required", None), (["CCS"], "preferred", None)]),
    ("We require:\n- CCA\nWhat will make you stand out:\n- RHIT",
     [(["CCA"], "required", None), (["RHIT"], "preferred", None)]),
    # near-miss: a required credential under an ordinary heading stays required
    ("Requirements\n- CPC\n- 1 year of coding", [(["CPC"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), QUESTION_HEADINGS)
def test_headings_written_as_questions_set_the_level(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


def test_a_stand_out_heading_prefers_experience_and_schooling() -> None:
    r = extract(
        "What we require\n- 2 years of coding\nWhat would make you stand out\n- 3 years of "
        "cardiology coding\n- Associate degree"
    )
    assert (r.experience_years_required, r.experience_years_preferred) == (2.0, 3.0)
    assert r.education_preferred == "associate"


# --- credentials on route lines ----------------------------------------------------------------

ROUTE_LINES = [
    # every route names its own: one required group of all of them
    ("Option 1: RHIT\nOption 2: CCS", [(["RHIT", "CCS"], "required", None)]),
    ("Minimum Qualifications (either option)\nOption A: Associate degree in HIT and a current "
     "RHIT credential.\nOption B: Bachelor's degree in HIM and a current RHIA credential.\n"
     "Both options also require one year of experience.", [(["RHIT", "RHIA"], "required", None)]),
    ("To qualify:\nRoute 1 - the CCA and one year of coding.\nRoute 2 - the CPC-A.",
     [(["CCA", "CPC-A"], "required", None)]),
    ("Path I: an associate degree plus the RHIT.\nPath II: the CCS and two years of inpatient "
     "coding.", [(["RHIT", "CCS"], "required", None)]),
    # a credential on only one route is asked of no one; one stated outside the routes stays
    ("Option 1: an associate degree and the CCS.\nOption 2: five years of coding.\n"
     "CRC preferred.", [(["CRC"], "preferred", None)]),
    ("Option A: RHIT.\nOption B: four years of HIM work.", []),
    # near-miss: health-plan options in the benefits are no routes
    ("Requirements: CPC required.\nBenefits\nOption 1: PPO plan\nOption 2: HMO plan",
     [(["CPC"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), ROUTE_LINES)
def test_credentials_on_route_lines(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups


# --- "CPC and CRC": two credentials, both asked --------------------------------------------------

BOTH_ASKED = [
    ("Requirements: CPC and CRC required.", [(["CPC"], "required", None),
                                             (["CRC"], "required", None)]),
    ("Requires CPC and CRC.", [(["CPC"], "required", None), (["CRC"], "required", None)]),
    ("RHIT and CCS required; CRC preferred.",
     [(["RHIT"], "required", None), (["CCS"], "required", None), (["CRC"], "preferred", None)]),
    # near-misses: a list any one of which will do
    ("CCA and CPC-A holders are welcome.", [(["CCA", "CPC-A"], "preferred", None)]),
    ("Requirements: CPC, CRC and CCS accepted.", [(["CPC", "CRC", "CCS"], "required", None)]),
    ("RHIT and/or RHIA required.", [(["RHIT", "RHIA"], "required", None)]),
    ("CPC or CCS, and CRC required.", [(["CPC", "CCS"], "required", None),
                                       (["CRC"], "required", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "groups"), BOTH_ASKED)
def test_two_credentials_both_asked_are_two_groups(text: str, groups: list[object]) -> None:
    assert _groups(text) == groups
