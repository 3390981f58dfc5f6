"""Duplicates across sources and crawls, through the real Scrapy engine into the store.

Harbor Valley Health (tests/fixtures/dedupe/) lists its Savannah medical records clerk job on
Greenhouse and on its Lever site; it also has a clerk opening in Brunswick with the same text, an
overnight clerk job in Savannah with the same title, and a release-of-information job. A second
Greenhouse crawl shows the Savannah job re-posted under a new id.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from schemas import CandidateProfile
from storage import Store
from tests.scrapers._crawl import TEST_SETTINGS, crawl

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dedupe"
PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}
GH_BOARD = "/v1/boards/harborvalleyhealth/jobs"
SAVANNAH_GH, BRUNSWICK_GH, ROI_GH, REPOST_GH = "7710101", "7710102", "7710103", "7710199"
SAVANNAH_LV = "5d0c9e21-7a44-4b0e-8f3a-2c6b1e9a7d01"
OVERNIGHT_LV = "5d0c9e21-7a44-4b0e-8f3a-2c6b1e9a7d02"


def sources_file(tmp_path: Path) -> str:
    path = tmp_path / "sources.toml"
    path.write_text(
        '[greenhouse]\nboards = ["harborvalleyhealth"]\n'
        '[lever]\nboards = ["harborvalley"]\n'
        '[lever.employers]\nharborvalley = "Harbor Valley Health"\n'
    )
    return str(path)


def run(spiders: list[str], mock: Any, store: Store, **kwargs: Any) -> dict[str, Any]:
    settings = {**TEST_SETTINGS, **PIPELINE, "HIMJOBS_DATABASE_URL": store.url}
    report = crawl(
        spiders, settings_overrides=settings, spider_kwargs={"api_base": mock.url, **kwargs}
    )
    for name in spiders:
        assert report.stats[name]["finish_reason"] == "finished", report.stats[name]
    return report.stats


def second_board(mock: Any) -> None:
    """Greenhouse now shows the Savannah job under a new id (pay line raised)."""
    data = json.loads((FIXTURES / "harbor_greenhouse_crawl2.json").read_text("utf-8"))
    mock.add_route({"path": GH_BOARD, "query": {"content": "true"}, "json_body": data})


def row_id(store: Store, source: str, ext: str) -> int:
    found = store.find(source, ext)
    assert found is not None and found.id is not None, (source, ext)
    return found.id


def duplicate_of(store: Store, source: str, ext: str) -> int | None:
    record = store.record(row_id(store, source, ext))
    assert record is not None
    return record.duplicate_of


def test_same_job_on_two_sources_in_one_crawl_is_stored_twice_linked_once(
    mock: Any, store: Store, tmp_path: Path
) -> None:
    stats = run(["greenhouse", "lever"], mock, store, sources_file=sources_file(tmp_path))
    assert stats["greenhouse"]["himjobs/stored"] == 3 and stats["lever"]["himjobs/stored"] == 2
    assert store.count(include_duplicates=True) == 5
    # Exactly one link in the crawl, counted by the spider whose posting came second.
    assert stats["greenhouse"]["himjobs/duplicates"] + stats["lever"]["himjobs/duplicates"] == 1
    gh, lv = row_id(store, "greenhouse", SAVANNAH_GH), row_id(store, "lever", SAVANNAH_LV)
    links = {
        gh: duplicate_of(store, "greenhouse", SAVANNAH_GH),
        lv: duplicate_of(store, "lever", SAVANNAH_LV),
    }
    (later,) = [k for k, v in links.items() if v is not None]
    first = links[later]
    assert first in (gh, lv) and first != later and links[first] is None
    rec_first, rec_later = store.record(first), store.record(later)
    assert rec_first is not None and rec_later is not None
    # The one kept was stored first; the other points at it.
    assert (rec_first.first_seen, rec_first.id) < (rec_later.first_seen, rec_later.id)
    # Different jobs at the same employer with a similar title stay unlinked: another city,
    # and the same title and city with other text.
    for source, ext in (
        ("greenhouse", BRUNSWICK_GH),
        ("lever", OVERNIGHT_LV),
        ("greenhouse", ROI_GH),
    ):
        assert duplicate_of(store, source, ext) is None, ext
    # Searches and matches show the job once.
    assert store.count() == 4
    shown = [(p.source, p.external_id) for p in store.search(text="Memorial Campus")]
    assert len(shown) == 1 and row_id(store, *shown[0]) == first
    profile = CandidateProfile(state="GA", experience_years=1, willing_to_relocate=True)
    matched = [
        (r.posting.source, r.posting.external_id)
        for r in store.matches(profile, include_near_misses=True)
    ]
    keys = {}
    for pid in (first, later):
        got = store.get(pid)
        assert got is not None
        keys[pid] = (got.source, got.external_id)
    assert keys[first] in matched and keys[later] not in matched
    assert len(set(matched)) == len(matched)


def test_repost_under_a_new_id_in_a_later_crawl_links_to_the_stored_one(
    mock: Any, store: Store
) -> None:
    first = run(["greenhouse"], mock, store, boards="harborvalleyhealth")
    assert first["greenhouse"]["himjobs/duplicates"] == 0
    second_board(mock)
    stats = run(["greenhouse"], mock, store, boards="harborvalleyhealth")["greenhouse"]
    assert stats["himjobs/inserted"] == 1 and stats["himjobs/unchanged"] == 2
    assert stats["himjobs/duplicates"] == 1
    assert duplicate_of(store, "greenhouse", REPOST_GH) == row_id(store, "greenhouse", SAVANNAH_GH)
    assert duplicate_of(store, "greenhouse", SAVANNAH_GH) is None
    assert duplicate_of(store, "greenhouse", BRUNSWICK_GH) is None
    assert store.count() == 3 and store.count(include_duplicates=True) == 4
    # A third crawl of the same board links nothing new and counts nothing.
    third = run(["greenhouse"], mock, store, boards="harborvalleyhealth")["greenhouse"]
    assert third["himjobs/duplicates"] == 0 and third["himjobs/unchanged"] == 3


def test_original_gone_from_a_complete_crawl_hands_over_to_its_oldest_duplicate(
    mock: Any, store: Store, tmp_path: Path
) -> None:
    listing = sources_file(tmp_path)
    run(["greenhouse"], mock, store, sources_file=listing)
    lever = run(["lever"], mock, store, sources_file=listing)["lever"]
    assert lever["himjobs/duplicates"] == 1
    gh, lv = row_id(store, "greenhouse", SAVANNAH_GH), row_id(store, "lever", SAVANNAH_LV)
    assert duplicate_of(store, "lever", SAVANNAH_LV) == gh
    second_board(mock)
    stats = run(["greenhouse"], mock, store, sources_file=listing)["greenhouse"]
    assert stats["himjobs/closed"] == 1 and stats["himjobs/duplicates"] == 1
    # The Greenhouse original closed: the Lever copy, seen next, is now the one kept and shown,
    # and the re-post points at it.
    assert duplicate_of(store, "lever", SAVANNAH_LV) is None
    assert duplicate_of(store, "greenhouse", REPOST_GH) == lv
    shown = [(p.source, p.external_id) for p in store.search(text="Memorial Campus")]
    assert shown == [("lever", SAVANNAH_LV)]
