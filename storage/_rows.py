"""Conversion between schemas.Posting and table rows, including the derived query columns."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, Final

from pydantic_core import from_json

from schemas import Posting
from schemas.vocab import EDUCATION_RANK

# Stored bit values: part of the database format, so fixed here rather than taken from the
# order of the vocabulary tuples (reordering those must not change what stored rows mean).
EMPLOYMENT_BITS: Final[dict[str, int]] = {
    "full_time": 1,
    "part_time": 2,
    "per_diem": 4,
    "temporary": 8,
    "contract": 16,
    "internship": 32,
}
SHIFT_BITS: Final[dict[str, int]] = {
    "day": 1,
    "evening": 2,
    "night": 4,
    "weekend": 8,
    "rotating": 16,
}


def _text(value: str | None) -> str | None:
    """PostgreSQL text cannot hold NUL characters (SQLite can): drop them, so a page with a stray
    NUL stores the same on both backends instead of failing its whole batch on one."""
    return value.replace("\x00", "") if value and "\x00" in value else value


def utcnow() -> datetime:
    """Naive UTC, like every datetime schemas keeps."""
    return datetime.now(UTC).replace(tzinfo=None)


def mask(values: Iterable[str], bits: dict[str, int]) -> int:
    """Bit mask of ``values``.

    >>> mask(["part_time", "per_diem"], EMPLOYMENT_BITS)
    6
    """
    out = 0
    for v in values:
        out |= bits[v]
    return out


def prepare(posting: Posting) -> tuple[str, dict[str, Any]]:
    """(hash, postings columns) for one posting.

    The hash covers what Posting.content_hash() covers (what the source said) plus the extracted
    requirements, so a new extraction of the same text also counts as a change. It hashes
    pydantic's own JSON (fields in model order) rather than re-sorting with the json module,
    which took most of the ingest time; equal postings give equal JSON, and a raw dict whose key
    order changed at the source at worst costs one needless rewrite.
    """
    text = posting.model_dump_json(exclude={"id"})
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    # Parsing pydantic's JSON back (in Rust) is cheaper than a second, Python-level dump.
    data = from_json(text)
    return digest, posting_columns(posting, data, data["requirements"])


def posting_hash(posting: Posting) -> str:
    """The hash Store keeps for ``posting`` (see prepare)."""
    return prepare(posting)[0]


def posting_columns(
    posting: Posting, data: dict[str, Any], req_data: dict[str, Any] | None
) -> dict[str, Any]:
    """Every postings column that comes from the posting (``data`` is its JSON dump)."""
    req = posting.requirements
    hints = posting.hints
    # The pipeline's requirements already merged the source's hints; without them the hints are
    # the best structured statement the source made.
    if req is not None:
        education = req.education_required
        substitutable = req.education_substitutable
        experience = req.experience_years_required
        employment = req.employment_types
        workplace = req.workplace
        shifts = req.shifts
        pay = req.pay
        cert_groups = sum(
            1 for c in req.certifications if c.level == "required" and c.within_months is None
        )
    else:
        education = hints.education_required
        substitutable = bool(hints.education_substitutable)
        experience = hints.experience_years_required
        employment = hints.employment_types
        workplace = hints.workplace
        shifts = []
        pay = hints.pay
        cert_groups = 0
    if workplace is None and posting.remote:
        workplace = "remote"
    pay_min, pay_max = pay.hourly() if pay is not None else (None, None)
    first = posting.locations[0] if posting.locations else None
    return {
        "source": posting.source,
        "external_id": posting.external_id,
        "state": first.state if first else None,
        "city": first.city if first else None,
        "workplace": workplace,
        "remote": posting.remote,
        "education_rank": None if education is None else EDUCATION_RANK[education],
        "education_substitutable": substitutable,
        "experience_years": experience,
        "required_cert_groups": cert_groups,
        "pay_hourly_min": pay_min,
        "pay_hourly_max": pay_max,
        "employment_mask": mask(employment, EMPLOYMENT_BITS),
        "shift_mask": mask(shifts, SHIFT_BITS),
        "posted_at": posting.posted_at,
        "valid_through": posting.valid_through,
        "url": _text(posting.url),
        "apply_url": _text(posting.apply_url),
        "title": _text(posting.title),
        "employer": _text(posting.employer),
        "description": _text(posting.description),
        "description_html": _text(posting.description_html),
        "locations": data["locations"],
        "hints": data["hints"],
        "raw": data["raw"],
        "requirements": req_data,
    }


def location_rows(posting_id: int, posting: Posting) -> list[dict[str, Any]]:
    return [
        {
            "posting_id": posting_id,
            "position": i,
            "state": loc.state,
            "city_key": loc.city.strip().lower() if loc.city else None,
            "country": loc.country,
        }
        for i, loc in enumerate(posting.locations)
    ]


def certification_rows(posting_id: int, posting: Posting) -> list[dict[str, Any]]:
    if posting.requirements is None:
        return []
    return [
        {
            "posting_id": posting_id,
            "group_no": g,
            "code": code,
            "level": group.level,
            "within_months": group.within_months,
        }
        for g, group in enumerate(posting.requirements.certifications)
        for code in group.any_of
    ]


def to_posting(row: Any) -> Posting:
    """A stored row back as a Posting with its id set."""
    return Posting.model_validate(
        {
            "id": row.id,
            "source": row.source,
            "external_id": row.external_id,
            "url": row.url,
            "apply_url": row.apply_url,
            "title": row.title,
            "employer": row.employer,
            "description": row.description,
            "description_html": row.description_html,
            "locations": row.locations,
            "remote": row.remote,
            "posted_at": row.posted_at,
            "valid_through": row.valid_through,
            "hints": row.hints,
            "raw": row.raw,
            "requirements": row.requirements,
        }
    )
