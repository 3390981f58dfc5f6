"""Store.matches on SQLite and PostgreSQL (Store.gaps: test_gaps.py).

The key check: the hard filters run in SQL give exactly the set that matching every stored
posting in Python gives, over a varied generated set and varied profiles.
"""

from __future__ import annotations

import random
import time
from datetime import datetime, timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from matcher import match, rank
from schemas import (
    CandidateProfile,
    CertificationRequirement,
    Combination,
    Location,
    Pay,
    Posting,
    QualificationPath,
    Requirements,
)
from schemas.models import Hints as PostingHints
from storage import Matches
from storage._match_sql import candidate_select
from storage._matches import passes_hard_filters
from storage._models import PostingRow
from tests.storage._factory import certs, hourly, loaded, posting

TODAY = datetime(2026, 11, 26, 12, 0)
PLACES = [
    ("Austin", "TX"),
    ("El Paso", "TX"),
    ("Tulsa", "OK"),
    ("Boise", "ID"),
    ("Reno", "NV"),
    (None, "TX"),
    ("Springfield", None),
    (None, None),
]
GROUPS = [
    ["RHIT", "RHIA"],
    ["RHIT"],
    ["RHIA"],
    ["CCA", "CPC"],
    ["CCS"],
    ["CPC-A"],
    ["CBCS"],
    ["CMAA", "CEHRS"],
]
LEVELS = [None, "high_school", "certificate", "associate", "bachelor", "master"]


def _pay(r: random.Random) -> Pay | None:
    roll = r.random()
    if roll < 0.3:
        return None
    if roll < 0.6:
        lo = round(r.uniform(13, 26), 2)
        top = r.choice([lo, round(lo + r.uniform(0.5, 5), 2), None])
        return Pay(min=lo, max=top, period="hour")
    if roll < 0.7:
        return Pay(max=round(r.uniform(15, 25), 2), period="hour")  # "up to $X"
    if roll < 0.9:
        lo = r.randrange(28000, 56000, 1000)
        return Pay(min=lo, max=lo + r.randrange(0, 9000, 1000), period="year")
    return Pay(min=round(r.uniform(10, 30), 2), period="hour", currency="EUR")


def _requirements(r: random.Random) -> Requirements:
    groups = []
    for _ in range(r.choice([0, 0, 1, 1, 2])):
        groups.append(
            CertificationRequirement(
                any_of=r.choice(GROUPS),
                level=r.choice(["required", "required", "preferred"]),
                within_months=r.choice([None, None, 6, 12]),
            )
        )
    return Requirements(
        education_required=r.choices(LEVELS, (4, 8, 2, 3, 2, 1))[0],
        education_preferred=r.choice([None, None, "associate", "bachelor"]),
        education_substitutable=r.random() < 0.3,
        experience_years_required=r.choice([None, 0.0, 0.5, 1.0, 2.0, 3.0, 5.0]),
        experience_years_preferred=r.choice([None, None, 1.0, 3.0]),
        certifications=groups,
        workplace=r.choice([None, "on_site", "on_site", "hybrid", "remote"]),
        shifts=r.sample(["day", "evening", "night", "weekend"], r.choice([0, 1, 2])),
        employment_types=r.sample(["full_time", "part_time", "per_diem"], r.choice([0, 1])),
        pay=_pay(r),
        skills=r.sample(["icd10", "cpt", "hipaa", "epic"], r.choice([0, 1, 2])),
    )


def varied_postings(n: int, seed: int = 7) -> list[Posting]:
    """Postings over every rule the SQL mirrors: substitution, within-months groups, covered
    codes, remote flags, locations with and without states, yearly and foreign pay, postings
    whose requirements were never read (judged on hints by columns, as unknown by the matcher)."""
    r = random.Random(seed)
    out = []
    for i in range(n):
        unread = r.random() < 0.08
        req = None if unread else _requirements(r)
        hints = PostingHints()
        if unread:
            hints = PostingHints(
                education_required=r.choice(LEVELS),
                experience_years_required=r.choice([None, 4.0]),
                pay=_pay(r),
            )
        places = r.sample(PLACES, r.choice([0, 1, 1, 1, 2]))
        out.append(
            Posting(
                source=r.choice(["greenhouse:bluebonnet", "lever:mesquite", "usajobs"]),
                external_id=f"v{i}",
                url=f"https://jobs.example.test/v/{i}",
                title=r.choice(["Medical Records Clerk", "HIM Technician", "ROI Specialist"]),
                employer=r.choice(["Mesquite Family Health", "Caprock Clinics", "Llano Medical"]),
                description="Files, scans and releases patient records.",
                locations=[Location(city=c, state=s) for c, s in places],
                remote=r.choice([None, None, True, False]),
                posted_at=TODAY - timedelta(hours=r.randrange(0, 2000)),
                valid_through=r.choice([None, TODAY - timedelta(days=3), TODAY + timedelta(9)]),
                hints=hints,
                requirements=req,
            )
        )
    return out


PROFILES = {
    "new clerk, TX, pending CCA": CandidateProfile(
        education="high_school",
        pending_certifications=["CCA"],
        experience_years=0.5,
        state="TX",
        workplaces=["on_site", "remote"],
        shifts=["day"],
    ),
    "no diploma, anywhere": CandidateProfile(education="none", experience_years=0),
    "RHIA holder, 3 years, OK, $20/h": CandidateProfile(
        education="associate",
        certifications=["RHIA"],
        experience_years=3,
        state="OK",
        min_pay=Pay(min=20, period="hour"),
        skills=["icd10"],
    ),
    "diploma and 6 years (substitution), relocates, $41,600/yr": CandidateProfile(
        education="high_school",
        experience_years=6,
        state="NV",
        willing_to_relocate=True,
        certifications=["CPC"],
        pending_certifications=["RHIT"],
        min_pay=Pay(min=41600, period="year"),
    ),
    "certificate, 2.5 years, CCS, ID": CandidateProfile(
        education="certificate",
        experience_years=2.5,
        certifications=["CCS", "CBCS"],
        state="ID",
    ),
}


def python_sets(postings: list[Posting], profile: CandidateProfile) -> tuple[set[int], set[int]]:
    """Eligible and near-miss ids by matching every posting in Python."""
    eligible, near = set(), set()
    for p in postings:
        res = match(p, profile, today=TODAY)
        if not passes_hard_filters(res):
            continue
        if res.eligible:
            eligible.add(p.id)
        elif res.near_miss:
            near.add(p.id)
    return eligible, near


@pytest.fixture(scope="module")
def varied(shared_database):
    """500 varied postings, loaded once per backend: the tests reading them change nothing."""
    with loaded(shared_database("varied"), varied_postings(500)) as store_and_postings:
        yield store_and_postings


@pytest.mark.parametrize("name", list(PROFILES))
def test_sql_filters_select_exactly_what_python_matching_selects(varied, name) -> None:
    store, stored = varied
    profile = PROFILES[name]
    want_eligible, want_near = python_sets(stored, profile)
    # The profiles are varied enough that both sets are neither empty nor everything.
    assert 0 < len(want_eligible) < len(stored)
    assert want_near
    with Session(store.engine) as s:
        sql_eligible = set(
            s.scalars(candidate_select(profile, today=TODAY, columns=[PostingRow.id]))
        )
        sql_near = set(
            s.scalars(
                candidate_select(profile, near_misses=True, today=TODAY, columns=[PostingRow.id])
            )
        )
    assert sql_eligible == want_eligible
    assert sql_near == want_near
    got = store.matches(profile, limit=10_000, include_near_misses=True, pool=10_000, today=TODAY)
    assert got.complete
    assert {r.posting_id for r in got.matches} == want_eligible
    assert {r.posting_id for r in got.near_misses} == want_near


def test_results_are_ranked_like_matcher_rank_with_full_postings(varied) -> None:
    store, stored = varied
    profile = PROFILES["RHIA holder, 3 years, OK, $20/h"]
    expected = rank(
        r
        for r in (match(p, profile, today=TODAY) for p in stored)
        if r.eligible and passes_hard_filters(r)
    )
    got = store.matches(profile, limit=5, pool=10_000, today=TODAY)
    assert [r.posting_id for r in got.matches] == [r.posting_id for r in expected[:5]]
    assert [r.score for r in got.matches] == [r.score for r in expected[:5]]
    first = got.matches[0]
    assert first.posting is not None and first.posting.id == first.posting_id
    # Full postings come back for the results (the scoring pass reads no description).
    assert first.posting.description == "Files, scans and releases patient records."
    assert list(got) == got.matches + got.near_misses and len(got) == 5


def test_small_pool_scores_the_newest_survivors_and_says_so(varied) -> None:
    store, stored = varied
    profile = PROFILES["no diploma, anywhere"]
    eligible, _ = python_sets(stored, profile)
    got = store.matches(profile, limit=3, pool=10, today=TODAY)
    assert not got.complete
    newest = sorted(
        (p for p in stored if p.id in eligible), key=lambda p: (p.posted_at, p.id), reverse=True
    )[:10]
    assert {r.posting_id for r in got.matches} <= {p.id for p in newest}
    assert len(got.matches) == 3
    # A pool exactly as large as the survivors scores them all.
    exact = store.matches(profile, limit=3, pool=len(eligible), today=TODAY)
    assert exact.complete
    assert not store.matches(profile, limit=3, pool=len(eligible) - 1, today=TODAY).complete


def test_near_misses_name_the_one_missing_item(store) -> None:
    store.upsert(
        [
            posting("ok", education_required="high_school"),
            posting("rhit", certifications=certs((["RHIT"], "required", None))),
            posting(
                "rhit+assoc",
                education_required="associate",
                certifications=certs((["RHIT"], "required", None)),
            ),
            posting("exp", experience_years_required=2.0),
        ]
    )
    profile = CandidateProfile(education="high_school", experience_years=1)
    plain = store.matches(profile)
    assert [r.posting.external_id for r in plain.matches] == ["ok"] and plain.near_misses == []
    got = store.matches(profile, include_near_misses=True)
    near = {r.posting.external_id: r for r in got.near_misses}
    assert set(near) == {"rhit", "exp"}
    assert [v.label for v in near["rhit"].missing] == ["RHIT"]
    assert "1 year" in near["exp"].missing[0].explanation


@pytest.mark.parametrize(
    ("profile", "eligible"),
    [
        # RHIA covers RHIT (CERTIFICATION_SATISFIES); RHIT does not cover RHIA.
        (CandidateProfile(certifications=["RHIA"]), {"rhit", "rhia", "within", "none"}),
        (CandidateProfile(certifications=["RHIT"]), {"rhit", "within", "none"}),
        # Pending meets only a group to obtain within N months.
        (CandidateProfile(pending_certifications=["RHIA"]), {"within", "none"}),
        # Associate degree by substitution: diploma + 2 spare years beyond the 1 required.
        # A credential due within N months of hire stops nobody applying (docs/design.md, issue 14):
        # "within" is open to every profile now.
        (CandidateProfile(experience_years=3), {"subst", "within", "none"}),
        (CandidateProfile(experience_years=2.9), {"within", "none"}),
        # No diploma: experience never stands in for it; "none" states no education (unknown).
        (CandidateProfile(education="none", experience_years=9), {"within", "none"}),
    ],
)
def test_certification_and_substitution_rules_in_sql(store, profile, eligible) -> None:
    store.upsert(
        [
            posting("rhit", certifications=certs((["RHIT"], "required", None))),
            posting("rhia", certifications=certs((["RHIA"], "required", None))),
            posting("within", certifications=certs((["RHIT"], "required", 6))),
            posting(
                "subst",
                education_required="associate",
                education_substitutable=True,
                experience_years_required=1.0,
            ),
            posting("none", education_required=None),
        ]
    )
    got = store.matches(profile)
    assert {r.posting.external_id for r in got.matches} == eligible


def test_place_and_pay_are_hard_filters_unknown_is_kept(store) -> None:
    store.upsert(
        [
            posting("tx", locations=[("Austin", "TX")], pay=hourly(21)),
            posting("ok", locations=[("Tulsa", "OK")]),
            posting("multi", locations=[("Tulsa", "OK"), ("El Paso", "TX")]),
            posting("remote", locations=[("Boise", "ID")], remote=True),
            posting("remote-wp", locations=[("Boise", "ID")], workplace="remote"),
            posting("nostate", locations=[("Springfield", None)]),
            posting("low", locations=[("Austin", "TX")], pay=hourly(15, 17)),
            posting("yearly", locations=[("Austin", "TX")], pay=hourly(38000, 44000, "year")),
            posting(
                "euro", locations=[("Austin", "TX")], pay=Pay(min=12, period="hour", currency="EUR")
            ),
        ]
    )
    profile = CandidateProfile(state="TX", min_pay=Pay(min=41600, period="year"))
    got = {r.posting.external_id for r in store.matches(profile).matches}
    assert got == {"tx", "multi", "remote", "remote-wp", "nostate", "yearly", "euro"}
    anywhere = profile.model_copy(update={"willing_to_relocate": True, "min_pay": None})
    assert len(store.matches(anywhere).matches) == 9


def test_closed_and_duplicate_postings_are_left_out(store) -> None:
    store.upsert([posting("a"), posting("b"), posting("c")])
    ids = {p.external_id: p.id for p in store.search()}
    with Session(store.engine) as s, s.begin():
        s.execute(update(PostingRow).where(PostingRow.id == ids["b"]).values(closed_at=TODAY))
    store.link_duplicate(ids["c"], ids["a"])
    got = store.matches(CandidateProfile(), include_near_misses=True)
    assert [r.posting.external_id for r in got] == ["a"]


def test_new_since_keeps_postings_first_seen_after_it(store) -> None:
    store.upsert([posting("old1"), posting("old2")])
    cut = store.record(store.search()[0].id).first_seen + timedelta(microseconds=1)
    time.sleep(0.01)
    store.upsert([posting("new"), posting("old1", title="Medical Records Clerk II")])
    got = store.matches(CandidateProfile(), new_since=cut)
    # Re-seeing (even changing) an old posting does not make it new.
    assert [r.posting.external_id for r in got.matches] == ["new"]
    assert len(store.matches(CandidateProfile()).matches) == 3


def test_limit_and_bad_arguments(store) -> None:
    store.upsert([posting(str(i), pay=hourly(15 + i)) for i in range(6)])
    got = store.matches(CandidateProfile(), limit=2)
    # Highest pay first among equally good matches.
    assert [r.posting.external_id for r in got.matches] == ["5", "4"]
    with pytest.raises(ValueError, match="limit"):
        store.matches(CandidateProfile(), limit=0)
    assert isinstance(got, Matches)


def test_postings_past_their_closing_date_are_not_matches(store) -> None:
    # A job seeker cannot apply to them any more: Store.matches leaves them out (Store.gaps
    # too: test_gaps.py).
    profile = CandidateProfile(education="high_school", experience_years=1, state="TX")
    base = posting(
        "x",
        locations=[("Austin", "TX")],
        education_required="high_school",
        experience_years_required=0.5,
    )
    open_one = base.model_copy(
        update={"external_id": "still-open", "valid_through": TODAY + timedelta(days=2)}
    )
    closed = base.model_copy(
        update={"external_id": "closed", "valid_through": TODAY - timedelta(days=1)}
    )
    store.upsert([open_one, closed])
    ids = {p.external_id: p.id for p in store.search(limit=10)}
    before = {r.posting_id for r in store.matches(profile, limit=10, today=TODAY - timedelta(2))}
    assert before == {ids["still-open"], ids["closed"]}
    after = {r.posting_id for r in store.matches(profile, limit=10, today=TODAY)}
    assert after == {ids["still-open"]}


# --- qualification paths, residence limits, experience kinds (issue 14) ----------------------

ROUTE_SETS = [
    # federal: experience OR associate degree in HIT OR a combination
    [
        QualificationPath(label="experience", experience_years=1, experience_kind="records"),
        QualificationPath(
            label="education", education="associate", education_field="health_information"
        ),
        QualificationPath(
            label="combination",
            combination=Combination(
                experience_years=1, schooling_years=2, experience_kind="records"
            ),
        ),
    ],
    # private: CCA or CPC, or an approved coding programme
    [
        QualificationPath(
            label="certification",
            certifications=[CertificationRequirement(any_of=["CCA", "CPC"], level="required")],
        ),
        QualificationPath(label="training", education="certificate", education_field="coding"),
    ],
    # two years of coding experience or a bachelor's degree
    [
        QualificationPath(label="experience", experience_years=2, experience_kind="coding"),
        QualificationPath(label="education", education="bachelor"),
    ],
    # multi-grade: GS-4 and GS-5, the GS-5 combination counting hours above 60
    [
        QualificationPath(
            label="experience", grade="GS-4", experience_years=1, experience_kind="any"
        ),
        QualificationPath(label="education", grade="GS-4", education="associate"),
        QualificationPath(label="experience", grade="GS-5", experience_years=2),
        QualificationPath(
            label="combination",
            grade="GS-5",
            combination=Combination(experience_years=2, schooling_years=4, hours_above_60=True),
        ),
    ],
    # RHIT or three years of healthcare experience
    [
        QualificationPath(
            label="certification",
            certifications=[CertificationRequirement(any_of=["RHIT"], level="required")],
        ),
        QualificationPath(label="experience", experience_years=3, experience_kind="healthcare"),
    ],
]
STATE_SETS = [["TX"], ["TX", "OK", "LA"], ["OH", "NV"], ["ID"]]


def path_postings(n: int, seed: int = 23) -> list[Posting]:
    """Postings with paths (flat fields what every path shares: nothing, or a diploma, a year
    of experience or a credential), residence limits and experience kinds, beside plain ones."""
    r = random.Random(seed)
    out = []
    for p in varied_postings(n, seed=seed):
        if p.requirements is None:
            out.append(p)
            continue
        update: dict[str, object] = {}
        if r.random() < 0.5:
            update.update(
                paths=r.choice(ROUTE_SETS),
                education_substitutable=True,
                education_required=r.choice([None, None, "high_school"]),
                experience_years_required=r.choice([None, None, None, 0.5, 1.0]),
                certifications=[
                    c
                    for c in p.requirements.certifications
                    if c.level == "preferred" or r.random() < 0.3
                ],
            )
        if r.random() < 0.25:
            update["residence_states"] = r.choice(STATE_SETS)
        if r.random() < 0.4:
            update["experience_kind"] = r.choice(["coding", "records", "healthcare", "any"])
        req = p.requirements.model_copy(update=update)
        out.append(p.model_copy(update={"external_id": f"p{p.external_id}", "requirements": req}))
    return out


PATH_PROFILES = {
    **PROFILES,
    "HIT graduate, TX": CandidateProfile(
        education="associate",
        field_of_study="Health Information Technology",
        state="TX",
    ),
    "front desk 3 years (breakdown), OK": CandidateProfile(
        education="high_school",
        experience_years=3,
        state="OK",
        experience_by_kind={"healthcare": 2, "any": 1},
    ),
    "coder 2.5 years (breakdown), certificate in coding, NV, CPC": CandidateProfile(
        education="certificate",
        field_of_study="medical coding",
        experience_years=2.5,
        experience_by_kind={"coding": 1.5, "records": 1},
        certifications=["CPC"],
        state="NV",
    ),
    "associate (field unsaid), 0.5 years, no state": CandidateProfile(
        education="associate",
        experience_years=0.5,
    ),
}


@pytest.fixture(scope="module")
def with_paths(shared_database):
    """400 postings with qualification paths, loaded once per backend (read-only tests)."""
    with loaded(shared_database("paths"), path_postings(400)) as store_and_postings:
        yield store_and_postings


@pytest.mark.parametrize("name", list(PATH_PROFILES))
def test_sql_and_matcher_agree_over_paths(with_paths, name) -> None:
    store, stored = with_paths
    profile = PATH_PROFILES[name]
    assert sum(bool(p.requirements and p.requirements.paths) for p in stored) > 100
    want_eligible, want_near = python_sets(stored, profile)
    assert want_eligible and want_near
    got = store.matches(profile, limit=10_000, include_near_misses=True, pool=10_000, today=TODAY)
    assert got.complete
    assert {r.posting_id for r in got.matches} == want_eligible
    assert {r.posting_id for r in got.near_misses} == want_near
    # and the results are the matcher's own, verdicts included
    for r in got.matches[:20]:
        assert r.posting is not None
        assert r.verdicts == match(r.posting, profile, today=TODAY).verdicts


def test_a_path_near_miss_is_found_though_every_flat_column_is_met(store) -> None:
    req = Requirements(paths=ROUTE_SETS[0], education_substitutable=True)
    store.upsert([posting("mrt", requirements=req)])
    got = store.matches(
        CandidateProfile(education="high_school", experience_years=0.5),
        include_near_misses=True,
        today=TODAY,
    )
    assert got.matches == [] and [r.posting.external_id for r in got.near_misses] == ["mrt"]
    assert got.near_misses[0].missing[0].field == "paths"


def test_more_states_in_reach_widen_the_place_filter(store) -> None:
    """Store.matches(states=...) (max_miles across a state line, himjobs._distance): postings in
    those states pass the place filter, in SQL and in the hard-preference check after it, and
    carry their location verdict for the caller to judge by distance."""
    common = {"education_required": "high_school", "posted_at": datetime(2026, 3, 1)}
    store.upsert(
        [
            posting("wa", title="Vancouver Clerk", locations=[("Vancouver", "WA")], **common),
            posting("or", title="Portland Clerk", locations=[("Portland", "OR")], **common),
            posting("id", title="Boise Clerk", locations=[("Boise", "ID")], **common),
        ]
    )
    profile = CandidateProfile(education="high_school", state="WA")
    assert [r.posting.title for r in store.matches(profile).matches] == ["Vancouver Clerk"]
    wider = store.matches(profile, states=("OR",)).matches
    assert sorted(r.posting.title for r in wider) == ["Portland Clerk", "Vancouver Clerk"]
    portland = next(r for r in wider if r.posting.title == "Portland Clerk")
    assert [v.status for v in portland.verdicts if v.field == "location"] == ["not_met"]
