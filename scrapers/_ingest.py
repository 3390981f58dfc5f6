"""Relevance -> extraction -> batched upsert -> duplicate links: the one ingest path.

The Scrapy pipeline (scrapers.pipelines.IngestPipeline) and ``himjobs import jobspy`` both feed
postings through an ``Ingester``, so a crawled posting and an imported one are kept, read and
stored the same way.

>>> from schemas import Posting
>>> from storage import Store
>>> ing = Ingester(Store("sqlite://"), batch_size=2)
>>> ing.add(Posting(source="demo", external_id="1", url="u", title="Medical Records Clerk",
...                 description="High school diploma required."))
'kept'
>>> ing.add(Posting(source="demo", external_id="2", url="u", title="Registered Nurse"))
'irrelevant'
>>> ing.flush()
>>> c = ing.counts["demo"]
>>> (c["seen"], c["stored"], c["dropped_irrelevant"], c["inserted"])
(2, 1, 1, 1)
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable

from matcher import duplicate_key, extract, is_duplicate, is_relevant
from schemas import Posting
from scrapers import settings as defaults
from storage import Store, StoreError, UpsertStats

log = logging.getLogger(__name__)

#: Counter names, in display order; seen = stored + dropped_irrelevant + failed once flushed.
#: ``duplicates``: links this ingest made (Store.link_duplicate), counted under the source of the
#: posting it was handed; the linked postings stay counted in stored.
COUNT_KEYS = (
    "seen",
    "dropped_irrelevant",
    "stored",
    "inserted",
    "updated",
    "unchanged",
    "failed",
    "closed",
    "duplicates",
)
#: Exceptions an extraction of one odd posting may raise; it is counted as failed, not fatal.
_EXTRACT_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError)

#: Called with (source, url, reason) for every posting that could not be extracted or stored.
OnFailure = Callable[[str, str | None, str], None]


def new_counts() -> dict[str, int]:
    return dict.fromkeys(COUNT_KEYS, 0)


class Ingester:
    """Keeps the records roles, extracts their requirements, upserts them in batches.

    ``counts`` maps each posting source to the COUNT_KEYS counters. ``dedupe`` links a posting to
    an earlier one (``Store.link_duplicate``) when ``matcher.is_duplicate`` says they are the same
    job. Candidates come from the store (``Store.duplicate_candidates``, blocked on the stored
    ``matcher.duplicate_key``), so the same job from another source, another spider's crawl or
    an earlier crawl under another id is found too; the posting first seen earliest is kept.
    Nothing is kept in memory between batches.
    """

    def __init__(
        self,
        store: Store,
        *,
        run_id: int | None = None,
        batch_size: int = defaults.HIMJOBS_BATCH_SIZE,
        dedupe: bool = True,
        on_failure: OnFailure | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        self.store = store
        self.run_id = run_id
        self.batch_size = batch_size
        self.dedupe = dedupe
        self.on_failure = on_failure
        self.counts: dict[str, dict[str, int]] = defaultdict(new_counts)
        #: per source, so that each upsert's inserted/updated/unchanged belong to one source
        self._buffers: dict[str, list[Posting]] = defaultdict(list)

    # --- per posting ---------------------------------------------------------------------------

    def add(self, posting: Posting) -> str:
        """Take one posting: "kept" (buffered for the store), "irrelevant" or "failed"."""
        c = self.counts[posting.source]
        c["seen"] += 1
        if not is_relevant(posting.title, posting.description):
            c["dropped_irrelevant"] += 1
            return "irrelevant"
        try:
            req = extract(posting.description, title=posting.title, hints=posting.hints)
        except _EXTRACT_ERRORS as exc:
            self._fail(posting, f"extraction failed: {type(exc).__name__}: {exc}")
            return "failed"
        buffer = self._buffers[posting.source]
        buffer.append(posting.model_copy(update={"requirements": req}))
        if len(buffer) >= self.batch_size:
            self._flush_source(posting.source)
        return "kept"

    def flush(self) -> None:
        """Upsert everything buffered."""
        for source in list(self._buffers):
            self._flush_source(source)

    def _flush_source(self, source: str) -> None:
        batch = self._buffers.pop(source, [])
        if not batch:
            return
        stored = batch
        try:
            self._count(source, len(batch), self.store.upsert(batch, run_id=self.run_id))
        except StoreError as exc:
            # One transaction per batch: find the postings that cannot be stored, keep the rest.
            log.warning("batch of %d postings failed, storing one by one: %s", len(batch), exc)
            stored = []
            for posting in batch:
                try:
                    stats = self.store.upsert([posting], run_id=self.run_id)
                except StoreError as one:
                    self._fail(posting, f"not stored: {one}")
                    continue
                self._count(source, 1, stats)
                stored.append(posting)
        if self.dedupe:
            self._link_duplicates(stored)

    def _count(self, source: str, n: int, stats: UpsertStats) -> None:
        c = self.counts[source]
        c["stored"] += n
        c["inserted"] += stats.inserted
        c["updated"] += stats.updated
        # Store.upsert writes a key repeated within a batch once (the last wins); the others
        # were stored all the same, as unchanged repeats, so seen = stored + dropped + failed.
        c["unchanged"] += stats.unchanged + n - (stats.inserted + stats.updated + stats.unchanged)

    def fail(self, source: str, url: str | None, reason: str) -> None:
        """Count a posting that was seen but could not be read, extracted or stored."""
        self.counts[source]["failed"] += 1
        log.warning("posting from %s (%s) failed: %s", source, url, reason)
        if self.on_failure is not None:
            self.on_failure(source, url, reason[:1000])

    def _fail(self, posting: Posting, reason: str) -> None:
        self.fail(posting.source, posting.url, f"{posting.external_id}: {reason}")

    # --- duplicates ----------------------------------------------------------------------------

    def _link_duplicates(self, batch: list[Posting]) -> None:
        """Link the batch's postings within their duplicate blocks as the store holds them.

        One Store.duplicate_candidates call per batch: it returns, for the blocks of this batch
        holding two or more open, non-duplicate postings (this batch's included, from any
        source or earlier crawl), those postings oldest first. Walking each block in that order,
        a posting that is_duplicate of one kept before it is linked to it; so the earliest
        first_seen is kept and the others point at it. Two postings that are both outside this
        batch are not compared again (that was done when the later one was stored).
        """
        mine = {(p.source, p.external_id): p.source for p in batch}
        if not mine:
            return
        blocks = self.store.duplicate_candidates({duplicate_key(p) for p in batch})
        for block in blocks.values():
            kept: list[Posting] = []
            kept_mine: list[Posting] = []  # the kept ones from this batch
            for posting in block:
                ours = mine.get((posting.source, posting.external_id))
                # A posting from outside this batch is compared with this batch's only.
                pool = kept if ours is not None else kept_mine
                original = next((k for k in pool if is_duplicate(k, posting)), None)
                if original is None:
                    kept.append(posting)
                    if ours is not None:
                        kept_mine.append(posting)
                    continue
                ours = ours or mine.get((original.source, original.external_id))
                if ours is None or posting.id is None or original.id is None:
                    continue
                self.store.link_duplicate(posting.id, original.id)
                # Counted under the batch posting's source: the link this source's ingest made.
                self.counts[ours]["duplicates"] += 1
