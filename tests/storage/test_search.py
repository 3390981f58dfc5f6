"""Store.search / Store.count: every filter, on both backends, with hostile inputs as data."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import inspect

from schemas import Requirements
from storage import Store
from tests.storage._factory import certs, hourly, posting

NOW = datetime(2026, 11, 1, 12, 0)


def _ids(postings) -> set[str]:
    return {p.external_id for p in postings}


@pytest.fixture
def corpus(store: Store) -> Store:
    store.upsert(
        [
            posting(
                "tulsa-hs",
                title="Medical Records Clerk",
                description="File charts. High school diploma or GED required. Epic a plus.",
                locations=[("Tulsa", "OK")],
                posted_at=NOW - timedelta(days=1),
                education_required="high_school",
                experience_years_required=0,
                employment_types=["full_time"],
                shifts=["day"],
                workplace="on_site",
                pay=hourly(16, 19),
            ),
            posting(
                "multi-rhit",
                title="Health Information Technician",
                description="RHIT or RHIA required; abstracting and chart analysis.",
                locations=[("Kansas City", "MO"), ("Overland Park", "KS")],
                posted_at=NOW - timedelta(days=3),
                education_required="associate",
                experience_years_required=2,
                certifications=certs((["RHIT", "RHIA"], "required", None)),
                employment_types=["full_time", "per_diem"],
                shifts=["evening"],
                workplace="hybrid",
                pay=hourly(52000, 60000, "year"),
            ),
            posting(
                "remote-coder",
                title="Entry-Level Coder (Remote)",
                description="CPC or CCA required, and CRC within 12 months of hire.",
                locations=[("Denver", "CO")],
                remote=True,
                posted_at=NOW - timedelta(days=10),
                experience_years_required=1,
                certifications=certs((["CPC", "CCA"], "required", None), (["CRC"], "required", 12)),
                employment_types=["contract"],
                workplace="remote",
                pay=hourly(None, 24),
            ),
            posting(
                "two-groups",
                title="Coding Specialist",
                description="Needs RHIT and CPC. 100% on-site; 3_shift rotation.",
                locations=[("Austin", "TX")],
                posted_at=NOW - timedelta(days=20),
                certifications=certs((["RHIT"], "required", None), (["CPC"], "required", None)),
                shifts=["rotating", "night"],
                workplace="on_site",
            ),
            posting(
                "no-req",
                title="Records Assistant",
                description="Part-time O'Brien Clinic role; we will train.",
                locations=[("austin", "TX")],
                posted_at=None,
                requirements=None,
            ),
            posting(
                "preferred-only",
                title="ROI Specialist",
                description="Release of information. CCA preferred.",
                locations=[("Tulsa", "OK")],
                posted_at=NOW - timedelta(days=5),
                education_required="certificate",
                experience_years_required=0.5,
                certifications=certs((["CCA"], "preferred", None)),
                employment_types=["part_time"],
                shifts=["weekend"],
                pay=hourly(3000, None, "month"),
            ),
        ]
    )
    return store


def test_no_filters_returns_open_postings_newest_first(corpus: Store) -> None:
    got = [p.external_id for p in corpus.search()]
    # "no-req" has no posted date: it is listed by when the store first saw it (now).
    assert got == [
        "no-req",
        "tulsa-hs",
        "multi-rhit",
        "preferred-only",
        "remote-coder",
        "two-groups",
    ]
    assert all(p.id is not None for p in corpus.search())
    assert corpus.count() == 6


def test_limit_and_offset_page_through(corpus: Store) -> None:
    whole = [p.id for p in corpus.search()]
    assert [p.id for p in corpus.search(limit=2)] == whole[:2]
    assert [p.id for p in corpus.search(limit=2, offset=2)] == whole[2:4]


def test_state_matches_any_location(corpus: Store) -> None:
    assert _ids(corpus.search(state="KS")) == {"multi-rhit"}
    assert _ids(corpus.search(state="missouri")) == {"multi-rhit"}
    assert _ids(corpus.search(state="OK")) == {"tulsa-hs", "preferred-only"}
    assert corpus.count(state="WY") == 0


def test_city_is_case_insensitive_and_tied_to_the_state(corpus: Store) -> None:
    assert _ids(corpus.search(city="AUSTIN")) == {"two-groups", "no-req"}
    assert _ids(corpus.search(city="Overland Park", state="KS")) == {"multi-rhit"}
    # The city and the state must belong to the same location.
    assert corpus.count(city="Overland Park", state="MO") == 0


def test_workplace_employment_type_and_shift(corpus: Store) -> None:
    assert _ids(corpus.search(workplace="remote")) == {"remote-coder"}
    assert _ids(corpus.search(workplace=["hybrid", "on_site"])) == {
        "tulsa-hs",
        "multi-rhit",
        "two-groups",
    }
    assert _ids(corpus.search(employment_type="per_diem")) == {"multi-rhit"}
    assert _ids(corpus.search(employment_type=["part_time", "contract"])) == {
        "remote-coder",
        "preferred-only",
    }
    assert _ids(corpus.search(shift="night")) == {"two-groups"}
    assert _ids(corpus.search(shift=["day", "weekend"])) == {"tulsa-hs", "preferred-only"}


def test_remote_flag_alone_makes_workplace_remote(store: Store) -> None:
    store.upsert([posting("flag", remote=True, requirements=None)])
    assert _ids(store.search(workplace="remote")) == {"flag"}


def test_education_at_most_lets_unstated_through(corpus: Store) -> None:
    assert _ids(corpus.search(education_at_most="high_school")) == {
        "tulsa-hs",
        "remote-coder",
        "two-groups",
        "no-req",
    }
    assert _ids(corpus.search(education_at_most="none")) == {"remote-coder", "two-groups", "no-req"}
    assert corpus.count(education_at_most="certificate") == 5
    assert corpus.count(education_at_most="master") == 6


def test_experience_at_most(corpus: Store) -> None:
    assert _ids(corpus.search(experience_at_most=0)) == {"tulsa-hs", "two-groups", "no-req"}
    assert _ids(corpus.search(experience_at_most=0.5)) == {
        "tulsa-hs",
        "two-groups",
        "no-req",
        "preferred-only",
    }
    assert corpus.count(experience_at_most=2) == 6


def test_no_certification_required(corpus: Store) -> None:
    # Preferred credentials and ones to obtain after hire are not needed to apply.
    assert _ids(corpus.search(no_certification_required=True)) == {
        "tulsa-hs",
        "no-req",
        "preferred-only",
    }


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        ([], {"tulsa-hs", "no-req", "preferred-only"}),
        (["RHIA"], {"tulsa-hs", "no-req", "preferred-only", "multi-rhit"}),
        (["rhit"], {"tulsa-hs", "no-req", "preferred-only", "multi-rhit"}),
        (["CCA"], {"tulsa-hs", "no-req", "preferred-only", "remote-coder"}),
        (
            ["RHIT", "CPC"],
            {"tulsa-hs", "no-req", "preferred-only", "multi-rhit", "remote-coder", "two-groups"},
        ),
        # CCS covers CCA; RHIA covers RHIT, but nothing covers CPC for the second group.
        (["RHIA", "CCS"], {"tulsa-hs", "no-req", "preferred-only", "multi-rhit", "remote-coder"}),
        (["CBCS"], {"tulsa-hs", "no-req", "preferred-only"}),
    ],
)
def test_certifications_within(corpus: Store, held: list[str], expected: set[str]) -> None:
    assert _ids(corpus.search(certifications_within=held)) == expected


def test_min_hourly_pay_normalises_periods(corpus: Store) -> None:
    # 52,000-60,000 a year is 25.00-28.85 an hour; 3,000 a month is 17.31 an hour.
    assert _ids(corpus.search(min_hourly_pay=25)) == {"multi-rhit"}
    assert _ids(corpus.search(min_hourly_pay=18.5)) == {"tulsa-hs", "multi-rhit", "remote-coder"}
    assert _ids(corpus.search(min_hourly_pay=17)) == {
        "tulsa-hs",
        "multi-rhit",
        "remote-coder",
        "preferred-only",
    }


def test_text_searches_title_and_description_case_insensitively(corpus: Store) -> None:
    assert _ids(corpus.search(text="coder")) == {"remote-coder"}
    assert _ids(corpus.search(text="release OF information")) == {"preferred-only"}
    assert _ids(corpus.search(text="epic")) == {"tulsa-hs"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100%", {"two-groups"}),
        ("%", {"two-groups"}),
        ("3_shift", {"two-groups"}),
        ("_", {"two-groups"}),
        ("0% ", {"two-groups"}),
        ("1_0", set()),
        ("O'Brien", {"no-req"}),
        ("'; DROP TABLE postings; --", set()),
        ('" OR 1=1 --', set()),
        ("\\", set()),
    ],
)
def test_text_metacharacters_are_data(corpus: Store, text: str, expected: set[str]) -> None:
    assert _ids(corpus.search(text=text)) == expected
    assert "postings" in inspect(corpus.engine).get_table_names()
    assert corpus.count() == 6


def test_hostile_values_in_other_filters_are_data(corpus: Store) -> None:
    assert corpus.count(city="Tulsa' OR '1'='1") == 0
    assert corpus.count(source="x'; DELETE FROM postings; --") == 0
    assert corpus.count() == 6


def test_stored_text_with_metacharacters_is_found_literally(store: Store) -> None:
    store.upsert([posting("meta", title="50% FTE _ROI_ \\ clerk 'night'")])
    assert store.count(text="50% fte _roi_ \\ clerk 'night'") == 1
    assert store.count(text="50%_FTE") == 0


def test_posted_since(corpus: Store) -> None:
    assert _ids(corpus.search(posted_since=NOW - timedelta(days=4))) == {
        "tulsa-hs",
        "multi-rhit",
        "no-req",
    }


def test_filters_combine(corpus: Store) -> None:
    got = corpus.search(state="OK", education_at_most="high_school", no_certification_required=True)
    assert _ids(got) == {"tulsa-hs"}
    got = corpus.search(workplace="remote", experience_at_most=1, certifications_within=["CPC"])
    assert _ids(got) == {"remote-coder"}
    assert corpus.count(text="clerk", min_hourly_pay=18) == 1


def test_closed_and_duplicate_postings_are_hidden_by_default(corpus: Store) -> None:
    run = corpus.start_run(["greenhouse:lakeside"])
    corpus.upsert([posting("fresh")], run_id=run)
    assert corpus.close_missing("greenhouse:lakeside", run) == 6
    assert _ids(corpus.search()) == {"fresh"}
    assert corpus.count(include_closed=True) == 7
    fresh = corpus.search()[0]
    other = corpus.find("greenhouse:lakeside", "tulsa-hs")
    corpus.link_duplicate(fresh.id, other.id)
    assert corpus.search() == []
    assert _ids(corpus.search(include_duplicates=True)) == {"fresh"}
    assert corpus.record(fresh.id).duplicate_of == other.id


@pytest.mark.parametrize(
    "bad",
    [
        {"state": "Texass"},
        {"workplace": "moon"},
        {"employment_type": "gig"},
        {"shift": "graveyard"},
        {"education_at_most": "phd"},
        {"certifications_within": ["RHITT"]},
        {"experience_at_most": -1},
    ],
)
def test_unknown_filter_values_are_rejected(store: Store, bad: dict) -> None:
    with pytest.raises(ValueError, match=next(iter(bad))):
        store.search(**bad)


def test_unknown_filter_name_is_a_type_error(store: Store) -> None:
    with pytest.raises(TypeError):
        store.search(salary=20)


def test_hints_fill_query_columns_without_requirements(store: Store) -> None:
    p = posting("hinted", requirements=None).model_copy(
        update={
            "hints": posting("h").hints.model_copy(
                update={
                    "education_required": "associate",
                    "workplace": "hybrid",
                    "pay": hourly(20, 22),
                    "employment_types": ["temporary"],
                }
            )
        }
    )
    store.upsert([p])
    assert store.count(education_at_most="high_school") == 0
    assert store.count(workplace="hybrid", min_hourly_pay=21, employment_type="temporary") == 1


def test_requirements_none_vs_empty(store: Store) -> None:
    store.upsert(
        [posting("none", requirements=None), posting("empty", requirements=Requirements())]
    )
    assert store.count(no_certification_required=True, education_at_most="none") == 2
