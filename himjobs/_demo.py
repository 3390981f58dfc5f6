"""The demo: read the bundled recorded source responses, keep the records roles, extract their
requirements, store them in a fresh SQLite file, and match the bundled example profile.

Today it parses the recorded bodies with the real format parsers (scrapers.formats) rather than
through Scrapy spiders; the spider path is what `himjobs crawl` will run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from rich.progress import Progress

from matcher import extract, is_relevant
from schemas import CandidateProfile, Posting, load_profile
from scrapers.formats import greenhouse, jsonld, lever, usajobs, workday
from storage import Store

DATA = Path(__file__).parent / "demo_data"
CRAWLED_AT = datetime(2026, 11, 20, 12, 0)


def recorded_postings(folder: Path = DATA) -> Iterator[tuple[str, Posting]]:
    """Every posting in the recorded responses, parsed by its source's format parser."""
    for page in sorted((folder / "usajobs").glob("*.json")):
        for p in usajobs.parse_search(json.loads(page.read_text("utf-8"))):
            yield "usajobs", p
    for board in sorted((folder / "greenhouse").glob("*.json")):
        for p in greenhouse.parse(json.loads(board.read_text("utf-8")), board=board.stem):
            yield "greenhouse", p
    for page in sorted((folder / "lever").glob("*.json")):
        for p in lever.parse(json.loads(page.read_text("utf-8")), board="harborpointmedical"):
            yield "lever", p
    board = workday.parse_board_url("https://pecanvalley.wd5.myworkdayjobs.com/PVHS_Careers")
    for detail in sorted((folder / "workday" / "detail").glob("*.json")):
        posting = workday.parse_detail(
            json.loads(detail.read_text("utf-8")), board=board, crawled_at=CRAWLED_AT,
            employer="Pecan Valley Health System",
        )  # fmt: skip
        if posting is not None:
            yield "workday", posting
    for page in sorted((folder / "jsonld" / "jobs").glob("*.html")):
        url = f"https://careers.northwind-staffing.example/careers/jobs/{page.stem}"
        for p in jsonld.parse_page(page.read_bytes(), url):
            yield "jsonld", p


def ingest(store: Store, *, folder: Path = DATA) -> dict[str, dict[str, int]]:
    """Relevance, extraction and storage of the recorded postings; counts per source."""
    counts: dict[str, dict[str, int]] = {}
    kept: list[Posting] = []
    items = list(recorded_postings(folder))
    with Progress(transient=True) as progress:
        task = progress.add_task("reading postings", total=len(items))
        for source, posting in items:
            c = counts.setdefault(source, {"seen": 0, "kept": 0, "stored": 0})
            c["seen"] += 1
            progress.advance(task)
            if not is_relevant(posting.title, posting.description):
                continue
            c["kept"] += 1
            req = extract(posting.description, title=posting.title, hints=posting.hints)
            kept.append(posting.model_copy(update={"requirements": req}))
    store.upsert(kept)
    for p in kept:
        source = next(s for s in counts if p.source.startswith(s))
        counts[source]["stored"] += 1
    return counts


def run(db_path: Path, *, profile_path: Path = DATA / "profile.toml") -> dict[str, object]:
    """Build the demo database and return counts, ranked results and gaps."""
    profile: CandidateProfile = load_profile(profile_path)
    if db_path.exists():
        db_path.unlink()
    store = Store(f"sqlite:///{db_path}")
    counts = ingest(store)
    # The same call as `himjobs match --near-misses` and `himjobs gaps`; the pool covers the
    # whole demo store, so the ranking is over every posting.
    found = store.matches(profile, limit=10_000, include_near_misses=True, pool=10_000)
    return {
        "profile": profile,
        "counts": counts,
        "eligible": found.matches,
        "near_misses": found.near_misses,
        "gaps": store.gaps(profile),
    }
