"""Postings for storage tests, written for these tests (employers and places are made up)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from schemas import CertificationRequirement, Location, Pay, Posting, Requirements
from storage import Store


def certs(*groups: tuple[list[str], str, int | None]) -> list[CertificationRequirement]:
    return [CertificationRequirement(any_of=a, level=lvl, within_months=w) for a, lvl, w in groups]


def posting(
    ext: str = "1",
    *,
    source: str = "greenhouse:lakeside",
    title: str = "Medical Records Clerk",
    description: str = "Scan, index and file patient charts for the HIM department.",
    locations: list[tuple[str | None, str | None]] | None = None,
    remote: bool | None = None,
    posted_at: datetime | None = None,
    requirements: Requirements | None = None,
    **req: Any,
) -> Posting:
    """A posting; keyword arguments other than the Posting fields go to its Requirements."""
    if requirements is None and req:
        requirements = Requirements(**req)
    return Posting(
        source=source,
        external_id=ext,
        url=f"https://jobs.example.test/{source}/{ext}",
        title=title,
        employer="Lakeside Regional Health",
        description=description,
        locations=[Location(city=c, state=s) for c, s in (locations or [("Tulsa", "OK")])],
        remote=remote,
        posted_at=posted_at,
        raw={"id": ext, "tags": ["records"]},
        requirements=requirements,
    )


def hourly(lo: float | None, hi: float | None = None, period: str = "hour") -> Pay:
    return Pay(min=lo, max=hi, period=period)


@contextmanager
def loaded(url: str, postings: list[Posting]) -> Iterator[tuple[Store, list[Posting]]]:
    """A store at ``url`` holding ``postings``, and every posting it gives back (search order):
    what the module-scoped fixtures of read-only tests load once per backend."""
    with Store(url) as store:
        store.upsert(postings)
        yield store, store.search(limit=10_000)
