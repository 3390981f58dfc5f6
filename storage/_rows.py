"""Conversion between schemas.Posting and table rows, including the derived query columns."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, Final, NamedTuple

from pydantic_core import to_json

from matcher import duplicate_key
from schemas import Posting
from schemas.vocab import EDUCATION_RANK, EXPERIENCE_KIND_RANK
from storage._signatures import usd_pay

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
#: postings.path_flags bits (revision 0007): the flat requirement columns are only a first cut
PATHS_BIT: Final = 1
RESIDENCE_BIT: Final = 2
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


#: Length of the stored duplicate block key (the column is VARCHAR(300)): a key is only a block
#: to compare within, so a cut one still finds the same job (matcher.is_duplicate decides).
DEDUPE_KEY_CHARS: Final = 300


def dedupe_key(posting: Posting) -> str:
    """The stored duplicate block key of ``posting`` (matcher.duplicate_key, cut to fit).

    >>> p = Posting(source="s", external_id="1", url="u", title="HIM Clerk", employer="Acme")
    >>> dedupe_key(p)
    'acme|health information management clerk|'
    """
    return duplicate_key(posting)[:DEDUPE_KEY_CHARS]


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


#: Posting fields stored as JSON columns (in INSERT_COLUMNS order)
JSON_FIELDS: Final = ("locations", "hints", "raw", "requirements")
#: every other Posting field but the database's id: all of them count for the content hash, so
#: a field added to Posting counts without a change here
_HEAD_FIELDS: Final = tuple(
    name for name in Posting.model_fields if name not in JSON_FIELDS and name != "id"
)


class Encoded(NamedTuple):
    """A posting's content hash, whether its texts hold a NUL, its JSON columns and its
    duplicate block key."""

    hash: str
    nul: bool
    #: UTF-8 JSON of locations, hints, raw and requirements (None when it has none)
    json: tuple[bytes, bytes, bytes, bytes | None]
    #: dedupe_key(posting), hashed with the content
    key: str


def encode(posting: Posting) -> Encoded:
    """Hash ``posting`` from the JSON its row stores, so a written row serialises nothing twice.

    The hash covers every field but the id: what the source said, and the extracted
    requirements, so a new extraction of the same text also counts as a change; and the
    duplicate block key, so a new title normalisation (matcher.normalise_title) rewrites the
    stored key of a posting seen again, which would otherwise keep the old one and never meet
    its re-posts in a block. The other
    fields are hashed as one JSON array in model order, each JSON column after it on a line of
    its own (compact JSON holds no raw newline, so the framing is unambiguous). Equal postings
    give equal bytes; a raw dict whose key order changed at the source at worst costs one
    needless rewrite. The NUL flag comes from the head's JSON (which escapes NUL as \\u0000,
    and holds every text column), so the common case skips scanning each text.
    """
    head = to_json(tuple(getattr(posting, name) for name in _HEAD_FIELDS))
    req = posting.requirements
    parts = (
        to_json(posting.locations),
        to_json(posting.hints),
        to_json(posting.raw),
        None if req is None else to_json(req),
    )
    key = dedupe_key(posting)
    data = b"\n".join((head, parts[0], parts[1], parts[2], parts[3] or b"null", key.encode()))
    return Encoded(hashlib.sha256(data).hexdigest(), b"\\u0000" in head, parts, key)


#: The postings columns an upsert writes, in the order insert_values gives them (the id is the
#: database's, duplicate_of the store's).
INSERT_COLUMNS: Final[tuple[str, ...]] = (
    "source",
    "external_id",
    "listed_at",
    "closed_at",
    "state",
    "city",
    "workplace",
    "remote",
    "education_rank",
    "education_substitutable",
    "experience_years",
    "experience_kind",
    "path_flags",
    "signature_id",
    "required_cert_groups",
    "pay_hourly_min",
    "pay_hourly_max",
    "usd_hourly",
    "usd_hourly_top",
    "employment_mask",
    "shift_mask",
    "posted_at",
    "dedupe_key",
    "valid_through",
    "content_hash",
    "first_seen",
    "last_seen",
    "first_run_id",
    "last_run_id",
    "url",
    "apply_url",
    "title",
    "employer",
    "description",
    "description_html",
    "locations",
    "hints",
    "raw",
    "requirements",
)


def insert_values(
    posting: Posting,
    enc: Encoded,
    *,
    now: Any,
    run_id: int | None,
    stamp: Callable[[datetime | None], Any],
    signature_id: int | None = None,
) -> tuple[Any, ...]:
    """One postings row for ``posting`` as DB-API values in INSERT_COLUMNS order.

    ``enc`` is the posting's encode(); ``now`` is the batch time already passed through
    ``stamp``, the backend's datetime conversion; ``signature_id`` the row of its
    requirements' signature (storage._signatures). Requirement columns
    come from the requirements, else from the source's hints: the pipeline's requirements
    already merged the hints, and without them the hints are the best structured statement the
    source made.
    """
    req = posting.requirements
    if req is not None:
        education = req.education_required
        substitutable = req.education_substitutable
        experience = req.experience_years_required
        employment = req.employment_types
        workplace = req.workplace
        shifts = req.shifts
        pay = req.pay
        kind = None if req.experience_kind is None else EXPERIENCE_KIND_RANK[req.experience_kind]
        flags = (PATHS_BIT if req.paths else 0) | (RESIDENCE_BIT if req.residence_states else 0)
        cert_groups = 0
        for c in req.certifications:
            if c.level == "required" and c.within_months is None:
                cert_groups += 1
    else:
        hints = posting.hints
        education = hints.education_required
        substitutable = bool(hints.education_substitutable)
        experience = hints.experience_years_required
        employment = hints.employment_types
        workplace = hints.workplace
        shifts = []
        pay = hints.pay
        cert_groups = 0
        kind, flags = None, 0
    if workplace is None and posting.remote:
        workplace = "remote"
    pay_min, pay_max = pay.hourly() if pay is not None else (None, None)
    usd, usd_top = usd_pay(posting)
    first = posting.locations[0] if posting.locations else None
    posted = stamp(posting.posted_at)
    texts: tuple[str | None, ...] = (
        posting.url,
        posting.apply_url,
        posting.title,
        posting.employer,
        posting.description,
        posting.description_html,
    )
    if enc.nul:
        texts = tuple(_text(t) for t in texts)
    locations, hints_json, raw, req_json = enc.json
    return (
        posting.source,
        posting.external_id,
        now if posted is None else posted,  # listed_at
        None,  # closed_at: seen now, so open
        first.state if first else None,
        first.city if first else None,
        workplace,
        posting.remote,
        None if education is None else EDUCATION_RANK[education],
        substitutable,
        experience,
        kind,
        flags,
        signature_id,
        cert_groups,
        pay_min,
        pay_max,
        None if usd is None else repr(usd),  # exact text: see PostingRow.usd_hourly
        usd_top,
        mask(employment, EMPLOYMENT_BITS) if employment else 0,
        mask(shifts, SHIFT_BITS) if shifts else 0,
        posted,
        enc.key,
        stamp(posting.valid_through),
        enc.hash,
        now,  # first_seen
        now,  # last_seen
        run_id,  # first_run_id
        run_id,  # last_run_id
        *texts,
        # JSON text encode() made (pydantic-core, in Rust): binding it ourselves skips a per-row
        # JSON bind processor, and the hash and the row share one serialisation.
        locations.decode(),
        hints_json.decode(),
        raw.decode(),
        None if req_json is None else req_json.decode(),
    )


#: posting_locations columns, in the order location_rows gives them
LOCATION_COLUMNS: Final = ("posting_id", "position", "state", "city_key", "country")
#: posting_certifications columns, in the order certification_rows gives them
CERTIFICATION_COLUMNS: Final = ("posting_id", "group_no", "code", "level", "within_months")


def location_rows(posting_id: int, posting: Posting) -> list[tuple[Any, ...]]:
    return [
        (posting_id, i, loc.state, loc.city.strip().lower() if loc.city else None, loc.country)
        for i, loc in enumerate(posting.locations)
    ]


def certification_rows(posting_id: int, posting: Posting) -> list[tuple[Any, ...]]:
    """One row per code of each certification group (required, preferred or to obtain)."""
    if posting.requirements is None:
        return []
    return [
        (posting_id, g, code, group.level, group.within_months)
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
