"""Requirement signatures: what gap analysis reads of a posting, stored once per distinct value.

Whether a single change (a credential, the next education step, one more year) opens a posting
depends only on a few of its requirements: the required education and whether experience may
stand in for it, the required experience and its kind, the required certification groups, the
qualification paths and the residence limit (matcher._match.unmet_required reads no more).
Most postings share a few hundred such combinations, so each distinct one is stored once in
requirement_signatures as the JSON of a Requirements holding only those fields (evidence left
out: it differs per posting and decides nothing, but for what matching reads of a path's,
matcher.evidence_read), and each posting points at its row
(postings.signature_id, revision 0008). Store.gaps then judges every signature once and reads
per posting only narrow columns from one index (storage._gaps).

The signature is written with the posting (storage._upsert) and backfilled by migration 0008;
a posting without read requirements has none (gap analysis skips it). Should unmet_required
ever read another Requirements field, add it to ``signature_text`` and recompute the column in
a migration: stored signatures are what Store.gaps judges.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any, Final

from sqlalchemy import Connection

from matcher import evidence_read, hourly_pay, posting_pay
from schemas import CertificationRequirement, Posting, Requirements

#: Distinct flat requirement combinations remembered per process (each a short text); a crawl
#: meets a few hundred, so the cache rarely fills. Postings with paths are not cached.
_CACHE_SIZE: Final = 4096
_flat_cache: dict[tuple[Any, ...], str] = {}
#: digests per IN (...) list (well under SQLite's bound-parameter limit)
_IN_CHUNK: Final = 500


def signature_text(req: Requirements | None) -> str | None:
    """The canonical JSON of what gap analysis reads of ``req`` (None: nothing read).

    >>> from schemas import CertificationRequirement as Cert
    >>> a = Requirements(education_required="associate", skills=["cpt"],
    ...                  certifications=[Cert(any_of=["RHIT"], level="required"),
    ...                                  Cert(any_of=["CPC"], level="preferred")])
    >>> signature_text(a)
    '{"education_required":"associate","certifications":[{"any_of":["RHIT"],"level":"required"}]}'
    >>> signature_text(a.model_copy(update={"skills": []})) == signature_text(a)
    True
    """
    if req is None:
        return None
    groups = tuple(
        (tuple(g.any_of), g.within_months) for g in req.certifications if g.level == "required"
    )
    if req.paths:
        return _text(req)
    flat = (
        req.education_required,
        req.education_substitutable,
        req.experience_years_required,
        req.experience_kind,
        groups,
        tuple(req.residence_states),
    )
    found = _flat_cache.get(flat)
    if found is None:
        found = _text(req)
        if len(_flat_cache) >= _CACHE_SIZE:
            _flat_cache.clear()
        _flat_cache[flat] = found
    return found


def _text(req: Requirements) -> str:
    paths = [
        p.model_copy(
            update={
                # only what matching reads of it (a related degree's semester hours): revision
                # 0009 recomputed the signatures stored without it
                "evidence": evidence_read(p),
                "certifications": [_bare(g) for g in p.certifications],
            }
        )
        for p in req.paths
    ]
    kept = Requirements(
        education_required=req.education_required,
        education_substitutable=req.education_substitutable,
        experience_years_required=req.experience_years_required,
        experience_kind=req.experience_kind,
        certifications=[_bare(g) for g in req.certifications if g.level == "required"],
        paths=paths,
        residence_states=req.residence_states,
    )
    return kept.model_dump_json(exclude_defaults=True)


def _bare(group: CertificationRequirement) -> CertificationRequirement:
    return group.model_copy(update={"evidence": None})


def digest(text: str) -> str:
    """The signature's unique key (a path set's JSON may outgrow an index entry)."""
    return hashlib.sha256(text.encode()).hexdigest()


def usd_pay(posting: Posting) -> tuple[float | None, float | None]:
    """(the hourly figure pay is ranked and gaps' median is taken by, the top of the hourly
    range the min_pay filter compares): the pay the matcher reads (matcher.posting_pay:
    requirements, else the source's hint), in US dollars only; (None, None) when unknown.

    >>> from schemas import Pay
    >>> p = Posting(source="s", external_id="1", url="u", title="t",
    ...             requirements=Requirements(pay=Pay(min=18, max=22, period="hour")))
    >>> usd_pay(p)
    (20.0, 22.0)
    """
    pay = posting_pay(posting)
    figure = hourly_pay(pay)
    if pay is None or figure is None:
        return None, None
    lo, hi = pay.hourly()
    return figure, hi if hi is not None else lo


def signature_ids(conn: Connection, mark: str, texts: Iterable[str]) -> dict[str, int]:
    """requirement_signatures ids of ``texts``, adding the rows missing (inside the caller's
    transaction; ``mark`` is the DB-API parameter mark). A concurrent writer adding the same
    signature is harmless: ON CONFLICT keeps one row, and both read its id."""
    by_digest = {digest(t): t for t in set(texts)}
    found = _read(conn, mark, list(by_digest))
    missing = [(d, t) for d, t in by_digest.items() if d not in found]
    if missing:
        conn.exec_driver_sql(
            f"INSERT INTO requirement_signatures (digest, requirements) VALUES ({mark}, {mark})"
            " ON CONFLICT (digest) DO NOTHING",
            missing,
        )
        found.update(_read(conn, mark, [d for d, _ in missing]))
    return {t: found[d] for d, t in by_digest.items()}


def _read(conn: Connection, mark: str, digests: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i in range(0, len(digests), _IN_CHUNK):
        chunk = digests[i : i + _IN_CHUNK]
        marks = ", ".join([mark] * len(chunk))
        sql = f"SELECT digest, id FROM requirement_signatures WHERE digest IN ({marks})"
        for found, row_id in conn.exec_driver_sql(sql, tuple(chunk)):
            out[found] = row_id
    return out


__all__ = ["digest", "signature_ids", "signature_text", "usd_pay"]
