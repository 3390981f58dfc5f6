"""Dedupe: the same job posted twice is found; different jobs are not."""

from __future__ import annotations

import pytest

from matcher._dedupe import duplicate_key, find_duplicates, is_duplicate
from schemas import Location, Posting

BASE_TEXT = (
    "Lakeside Regional Hospital is hiring a Medical Records Clerk for the Health Information "
    "department. You will scan, index and file patient documents in Epic, answer release of "
    "information requests and keep charts complete. High school diploma or GED required; one "
    "year in a medical office preferred. Monday to Friday, 8:00-4:30. Pay $18.50-$22.00 an hour."
)
OTHER_TEXT = (
    "Lakeside Regional Hospital seeks an Outpatient Coder to assign ICD-10-CM and CPT codes to "
    "clinic visits, query providers and meet productivity targets. CPC or CCS required, two years "
    "of coding experience. Remote within Ohio after training. Pay $26-$31 an hour."
)


def posting(
    external_id: str = "A1",
    *,
    title: str = "Medical Records Clerk",
    employer: str | None = "Lakeside Regional Hospital",
    city: str | None = "Toledo",
    state: str | None = "OH",
    description: str = BASE_TEXT,
    source: str = "greenhouse",
    remote: bool | None = None,
) -> Posting:
    locations = [Location(city=city, state=state)] if (city or state) else []
    return Posting(
        source=source,
        external_id=external_id,
        url=f"https://example.test/{external_id}",
        title=title,
        employer=employer,
        description=description,
        locations=locations,
        remote=remote,
    )


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        pytest.param(posting("A2"), True, id="reposted-new-id"),
        pytest.param(posting("W9", source="workday"), True, id="same-job-other-board"),
        pytest.param(
            posting("A2", description=BASE_TEXT.replace("$18.50-$22.00", "$19.00-$22.50")),
            True,
            id="pay-edit",
        ),
        pytest.param(
            posting(
                "A2",
                description=BASE_TEXT.replace(
                    "keep charts complete", "help keep every chart complete and accurate"
                ),
            ),
            True,
            id="reworded-sentence",
        ),
        pytest.param(posting("A2", title="Medical Records Clerk - PRN"), True, id="suffix"),
        pytest.param(posting("A2", title="Medical Record Clerk"), True, id="singular"),
        pytest.param(posting("A2", employer="Lakeside Regional Hospital, Inc."), True, id="inc"),
        pytest.param(posting("A2", city="toledo", state="oh"), True, id="case-of-place"),
        pytest.param(posting("A2", city="Sandusky"), False, id="different-city"),
        pytest.param(posting("A2", city="Toledo", state="MI"), False, id="different-state"),
        pytest.param(posting("A2", employer="Mercy Health"), False, id="different-employer"),
        pytest.param(posting("A2", employer=None), False, id="no-employer"),
        pytest.param(posting("A2", title="Medical Records Clerk II"), False, id="other-level"),
        pytest.param(posting("A2", title="Outpatient Coder"), False, id="other-title"),
        pytest.param(posting("A2", description=OTHER_TEXT), False, id="other-text"),
    ],
)
def test_is_duplicate(other: Posting, expected: bool) -> None:
    first = posting()
    assert is_duplicate(first, other) is expected
    assert is_duplicate(other, first) is expected  # symmetric


def test_same_source_and_id_is_the_same_posting() -> None:
    assert is_duplicate(posting(), posting(title="Anything", employer="Else", city="Reno"))


def test_missing_descriptions_leave_employer_title_and_place_to_decide() -> None:
    assert is_duplicate(posting(description=""), posting("A2", description=""))
    assert not is_duplicate(posting(description=""), posting("A2", description="", city="Lima"))


def test_remote_postings_without_places() -> None:
    a = posting(city=None, state=None, remote=True)
    assert is_duplicate(a, posting("A2", city=None, state=None, remote=True))
    assert not is_duplicate(a, posting("A2", city=None, state=None, remote=False))


def test_duplicate_key_blocks_on_employer_title_and_state() -> None:
    assert duplicate_key(posting()) == duplicate_key(
        posting("A2", title="Med Rec Clerk - Nights", employer="LAKESIDE REGIONAL HOSPITAL")
    )
    assert duplicate_key(posting()) != duplicate_key(posting("A2", state="MI"))
    assert duplicate_key(posting()) != duplicate_key(posting("A2", employer="Mercy Health"))
    assert duplicate_key(posting(city=None, state=None, remote=True)).endswith("|remote")


def test_find_duplicates_points_later_postings_at_the_first() -> None:
    postings = [
        posting("A1"),
        posting("B1", title="Outpatient Coder", description=OTHER_TEXT),
        posting("A2"),  # repost of A1
        posting("A3", city="Sandusky"),  # same job title, other city: its own opening
        posting("A4", description=BASE_TEXT + " Apply today."),  # repost of A1 again
        posting("B2", title="Outpatient Coder", description=OTHER_TEXT),  # repost of B1
    ]
    assert find_duplicates(postings) == [(0, 2), (0, 4), (1, 5)]


def test_find_duplicates_empty_and_single() -> None:
    assert find_duplicates([]) == []
    assert find_duplicates([posting()]) == []


def test_find_duplicates_compares_within_blocks_only() -> None:
    # 2,000 postings at 2,000 employers: no block holds two, so no description is compared.
    many = [posting(f"X{i}", employer=f"Clinic {i}") for i in range(2_000)]
    assert find_duplicates(many) == []
    assert find_duplicates([*many, posting("Y1", employer="Clinic 7")]) == [(7, 2_000)]
