"""Store.gaps on SQLite and PostgreSQL: exactly matcher.gaps over the same postings.

matcher.gaps (pure Python over Posting objects) is the reference. Store.gaps reads a few columns
per posting in SQL; over a varied generated set and varied profiles both must give the same
changes, labels, counts, median pay and posting ids (in id order). With max_miles (and a ZIP)
the postings counted are those the matches of the same profile would show
(himjobs._distance.gaps_in_reach, the call `himjobs gaps` and the web page make).
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from himjobs._distance import apply_distance, gaps_in_reach, states_in_reach
from matcher import gaps, match
from schemas import CandidateProfile, Pay, Posting, Requirements
from schemas.models import Hints as PostingHints
from storage._matches import passes_hard_filters
from storage._models import PostingRow
from tests.storage._factory import certs, hourly, loaded, posting
from tests.storage.test_matches import (
    PATH_PROFILES,
    ROUTE_SETS,
    TODAY,
    path_postings,
    varied_postings,
)
from tests.storage.test_matches import PROFILES as MATCH_PROFILES

PROFILES = {
    **MATCH_PROFILES,
    # The top of the ladder: no education step to suggest.
    "master, 1 year, CCA pending, NV": CandidateProfile(
        education="master",
        experience_years=1,
        pending_certifications=["CCA"],
        state="NV",
        min_pay=Pay(min=18, period="hour"),
    ),
    "RHIT, bachelor, 4 years, TX, $19/h": CandidateProfile(
        education="bachelor",
        certifications=["RHIT"],
        experience_years=4,
        state="TX",
        min_pay=Pay(min=19, period="hour"),
    ),
}


def hinted_postings(n: int, seed: int = 11) -> list[Posting]:
    """Read requirements that state no pay over a source hint that does (the matcher then reads
    the hint, the stored pay columns do not): hourly, yearly, low, high, foreign."""
    r = random.Random(seed)
    out = []
    for i in range(n):
        pay = r.choice(
            [
                hourly(r.choice([15.0, 17.5, 22.0])),
                hourly(16, 24),
                Pay(min=r.randrange(30000, 50000, 2000), period="year"),
                Pay(min=21, period="hour", currency="CAD"),
            ]
        )
        p = posting(
            f"h{i}",
            source="usajobs",
            locations=[r.choice([("Austin", "TX"), ("Reno", "NV")])],
            education_required=r.choice([None, "certificate", "associate"]),
            experience_years_required=r.choice([None, 1.0, 2.0]),
            certifications=certs((r.choice([["RHIT"], ["CCA"], ["CPC", "CCA"]]), "required", None))
            if r.random() < 0.5
            else [],
        )
        out.append(p.model_copy(update={"hints": PostingHints(pay=pay)}))
    return out


@pytest.fixture(scope="module")
def stored(shared_database):
    """The varied and hinted postings, loaded once per backend: the tests reading them change
    nothing."""
    postings = varied_postings(500) + hinted_postings(60)
    with loaded(shared_database("gaps"), postings) as (store, found):
        yield store, sorted(found, key=lambda p: p.id)


@pytest.fixture(scope="module")
def path_stored(shared_database):
    """Postings with qualification paths and hinted pay, loaded once per backend (read-only)."""
    postings = path_postings(400) + hinted_postings(30)
    with loaded(shared_database("gaps_paths"), postings) as (store, found):
        yield store, sorted(found, key=lambda p: p.id)


def reference(postings: list[Posting], profile: CandidateProfile):
    """matcher.gaps over the postings a job seeker could apply to: in reach, paying enough,
    still open on TODAY (the hard filters of Store.matches)."""
    in_area = [p for p in postings if passes_hard_filters(match(p, profile, today=TODAY))]
    return gaps(in_area, profile)


#: Profiles with a ZIP and max_miles over the varied set's places (Austin, El Paso, Tulsa, Boise,
#: Reno, a state without a city, a city without a state, nowhere).
MILES_PROFILES = {
    # Austin: Tulsa (418 mi) across the state line is in reach, El Paso (519 mi) at home is not
    "new clerk, Austin 78701, 450 miles": CandidateProfile(
        education="high_school",
        pending_certifications=["CCA"],
        experience_years=0.5,
        state="TX",
        zip="78701",
        max_miles=450,
    ),
    # Tulsa: Austin (417 mi) across the state line, not El Paso (667 mi)
    "RHIA holder, 3 years, Tulsa 74103, 420 miles, $20/h": CandidateProfile(
        education="associate",
        certifications=["RHIA"],
        experience_years=3,
        state="OK",
        zip="74103",
        max_miles=420,
        min_pay=Pay(min=20, period="hour"),
    ),
    # willing to relocate, yet no farther than 350 miles: Reno and Boise (334 mi)
    "diploma and 6 years, relocates from Reno 89501, 350 miles": CandidateProfile(
        education="high_school",
        experience_years=6,
        state="NV",
        willing_to_relocate=True,
        certifications=["CPC"],
        zip="89501",
        max_miles=350,
    ),
}


def reference_in_reach(postings: list[Posting], profile: CandidateProfile):
    """matcher.gaps over the postings the profile's matches would show: past the hard filters
    with the states within max_miles, then kept by the distance rule (apply_distance)."""
    states = states_in_reach(profile)
    judged = [match(p, profile, today=TODAY) for p in postings]
    kept, _far = apply_distance(
        [r for r in judged if passes_hard_filters(r, states=states)], profile
    )
    ids = {r.posting_id for r in kept}
    return gaps([p for p in postings if p.id in ids], profile)


@pytest.mark.parametrize("name", list(MILES_PROFILES))
def test_gaps_honour_max_miles_as_matches_do(stored, name) -> None:
    store, postings = stored
    profile = MILES_PROFILES[name]
    want = reference_in_reach(postings, profile)
    assert len(want) >= 2 and len({g.kind for g in want}) >= 2
    # max_miles changes the answer: postings too far away no longer count
    assert want != reference(postings, profile)
    assert gaps_in_reach(store, profile, today=TODAY) == want


@pytest.mark.parametrize("name", list(PROFILES))
def test_store_gaps_equal_matcher_gaps(stored, name) -> None:
    store, postings = stored
    profile = PROFILES[name]
    want = reference(postings, profile)
    # The set is varied enough that every profile has gaps, of more than one kind.
    assert len(want) >= 2 and len({g.kind for g in want}) >= 2
    assert store.gaps(profile, today=TODAY) == want


def test_hinted_pay_counts_in_the_median_and_filters_on_min_pay(stored) -> None:
    store, postings = stored
    profile = PROFILES["RHIT, bachelor, 4 years, TX, $19/h"]
    got = store.gaps(profile, today=TODAY)
    hinted = {p.id for p in postings if p.source == "usajobs" and p.external_id.startswith("h")}
    counted = {i for g in got for i in g.posting_ids} & hinted
    low = {
        p.id
        for p in postings
        if p.id in hinted and p.hints.pay == hourly(15.0) and p.locations[0].state == "TX"
    }
    # Some hinted postings are counted, and none whose hinted pay is below min_pay.
    assert counted and low and not counted & low
    assert got == reference(postings, profile)


def test_closed_duplicate_and_past_closing_date_postings_open_nothing(store) -> None:
    # a bachelor's (field unsaid) may sit for RHIT and RHIA: the advice names them alone (a
    # diploma would be told the degree first, issue 14)
    profile = CandidateProfile(education="bachelor", experience_years=0, state="TX")
    rhit = certs((["RHIT"], "required", None))
    rows = [
        posting(ext, locations=[("Austin", "TX")], certifications=rhit)
        for ext in ("open", "closed", "dup", "past")
    ]
    rows[3] = rows[3].model_copy(update={"valid_through": TODAY - timedelta(days=1)})
    store.upsert(rows)
    ids = {p.external_id: p.id for p in store.search(limit=10)}
    assert [(g.change, g.posting_ids) for g in store.gaps(profile, today=TODAY)] == [
        ("RHIA", [ids["open"], ids["closed"], ids["dup"]]),
        ("RHIT", [ids["open"], ids["closed"], ids["dup"]]),
    ]
    with Session(store.engine) as s, s.begin():
        s.execute(update(PostingRow).where(PostingRow.id == ids["closed"]).values(closed_at=TODAY))
    store.link_duplicate(ids["dup"], ids["open"])
    got = store.gaps(profile, today=TODAY)
    assert [(g.change, g.postings, g.posting_ids) for g in got] == [
        ("RHIA", 1, [ids["open"]]),
        ("RHIT", 1, [ids["open"]]),
    ]
    assert got[0].label == "Earn RHIA" and got[0].kind == "certification"


def test_unread_requirements_and_eligible_postings_open_nothing(store) -> None:
    profile = CandidateProfile(education="certificate", experience_years=2)
    store.upsert(
        [
            posting("unread", requirements=None),
            posting("ok", education_required="certificate", experience_years_required=1.0),
            posting("assoc", education_required="associate"),
            posting("exp", experience_years_required=3.0),
        ]
    )
    ids = {p.external_id: p.id for p in store.search(limit=10)}
    got = {g.change: g.posting_ids for g in store.gaps(profile, today=TODAY)}
    assert got == {"associate": [ids["assoc"]], "+1 year": [ids["exp"]]}


# --- qualification paths (issue 14) -------------------------------------------------------------


@pytest.mark.parametrize("name", list(PATH_PROFILES))
def test_store_gaps_equal_matcher_gaps_over_paths(path_stored, name) -> None:
    store, postings = path_stored
    profile = PATH_PROFILES[name]
    want = reference(postings, profile)
    assert want
    assert store.gaps(profile, today=TODAY) == want


def test_a_degree_that_opens_a_path_counts_those_postings(store) -> None:
    req = Requirements(paths=ROUTE_SETS[2], education_substitutable=True)  # 2 yrs coding | BA
    store.upsert([posting(f"g{i}", requirements=req) for i in range(3)])
    got = store.gaps(CandidateProfile(education="associate"), today=TODAY)
    assert [(g.change, g.postings) for g in got] == [("bachelor", 3)]
