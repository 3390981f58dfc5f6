"""rank(): eligible first, then near misses, more preferred met, hourly pay, recency; stable."""

from __future__ import annotations

import random
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import Pay
from tests.matcher._support import cert, hourly, match, posting, prof, rank, req

PROFILE = prof(education="high_school", experience_years=1, certifications=["CCA"])


def _titles(results):
    return [r.posting.title for r in results]


def test_ranking_order_table():
    d = datetime
    table = [
        # title, requirements, posted_at
        (
            "two-misses",
            req(education_required="associate", certifications=[cert("RHIT")]),
            d(2026, 5, 9),
        ),
        ("near-miss", req(certifications=[cert("RHIT")]), d(2026, 5, 9)),
        (
            "eligible-2pref-low-pay",
            req(
                certifications=[cert("CCA", level="preferred")],
                experience_years_preferred=1,
                pay=hourly(17),
            ),
            d(2026, 5, 1),
        ),
        (
            "eligible-1pref-high-pay",
            req(certifications=[cert("CCA", level="preferred")], pay=hourly(30)),
            d(2026, 5, 1),
        ),
        (
            "eligible-0pref-yearly-pay",
            req(pay=Pay(min=45760, max=45760, period="year")),
            d(2026, 5, 1),
        ),  # 22.00/h
        ("eligible-0pref-hourly-pay", req(pay=hourly(21.5)), d(2026, 5, 8)),
        ("eligible-0pref-no-pay-new", req(), d(2026, 5, 8)),
        ("eligible-0pref-no-pay-old", req(), d(2026, 4, 8)),
        ("eligible-0pref-no-pay-undated", req(), None),
    ]
    expected = [
        "eligible-2pref-low-pay",
        "eligible-1pref-high-pay",
        "eligible-0pref-yearly-pay",
        "eligible-0pref-hourly-pay",
        "eligible-0pref-no-pay-new",
        "eligible-0pref-no-pay-old",
        "eligible-0pref-no-pay-undated",
        "near-miss",
        "two-misses",
    ]
    results = [match(posting(r, posted=when, title=t), PROFILE) for t, r, when in table]
    for seed in range(5):
        shuffled = results[:]
        random.Random(seed).shuffle(shuffled)
        assert _titles(rank(shuffled)) == expected


def test_rank_is_stable_for_ties():
    same = [match(posting(req(), title=f"clerk-{i}"), PROFILE) for i in range(6)]
    assert _titles(rank(same)) == [f"clerk-{i}" for i in range(6)]
    assert _titles(rank(reversed(same))) == [f"clerk-{i}" for i in reversed(range(6))]


def test_eligible_always_outscores_ineligible():
    ok = match(posting(req(skills=["icd10"])), prof(skills=["typing"], state="TX"))
    bad = match(posting(req(certifications=[cert("RHIT")])), prof(certifications=[]))
    assert ok.eligible and not bad.eligible
    assert ok.score > bad.score


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["RHIT", "CCA", "CPC"]), max_size=8), st.randoms())
def test_rank_puts_every_eligible_before_any_ineligible(codes, rnd):
    results = [match(posting(req(certifications=[cert(c)])), PROFILE) for c in codes]
    rnd.shuffle(results)
    flags = [r.eligible for r in rank(results)]
    assert flags == sorted(flags, reverse=True)
