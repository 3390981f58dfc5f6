"""The Store's crawl bookkeeping (storage/_store.py): crawl runs and their errors
(storage/_runs.py), the lease a run holds on a source (storage/_leases.py), and what the store
knows of each source. A base of the Store class, kept apart from the postings it stores.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from storage import _leases, _runs
from storage._leases import Lease
from storage._owner import this_process


class CrawlBook:
    """Crawl runs, source leases and sources; the Store supplies ``engine``."""

    @property
    def engine(self) -> Engine:
        raise NotImplementedError  # the Store's

    # --- source leases (storage/_leases.py) ----------------------------------------------------

    def take_lease(
        self, source: str, run_id: int, *, ttl: float, wait: float = 0.0
    ) -> Lease | None:
        """Take ``source``'s lease for run ``run_id`` for ``ttl`` seconds (renewing it if the run
        holds it already); None when taken, else the live lease of the run that holds it, after
        retrying for up to ``wait`` seconds."""
        deadline = time.monotonic() + wait
        while True:
            with Session(self.engine) as s, s.begin():
                other = _leases.take(s, source, run_id, ttl=ttl, owner=this_process())
            if other is None or time.monotonic() >= deadline:
                return other
            time.sleep(min(1.0, max(0.05, deadline - time.monotonic())))

    def renew_lease(self, source: str, run_id: int, *, ttl: float) -> bool:
        """Keep the lease ``ttl`` seconds more; False when run ``run_id`` no longer holds it."""
        with Session(self.engine) as s, s.begin():
            return _leases.renew(s, source, run_id, ttl=ttl)

    def release_lease(self, source: str, run_id: int) -> None:
        """Give up ``source``'s lease if run ``run_id`` holds it."""
        with Session(self.engine) as s, s.begin():
            _leases.release(s, source, run_id)

    def lease(self, source: str) -> Lease | None:
        """The live lease of ``source``, None when no run holds one."""
        with Session(self.engine) as s:
            return _leases.holder(s, source)

    # --- crawl runs --------------------------------------------------------------------------

    def start_run(self, sources: Iterable[str], *, shared: bool = False) -> int:
        """Record a new crawl run, owned by this process unless ``shared`` (by several workers).

        First marks failed ("interrupted") any run left running by a process of this host that
        has since ended, as sweep_interrupted does."""
        owner = None if shared else this_process()
        with Session(self.engine) as s, s.begin():
            _runs.sweep_interrupted(s)
            return _runs.start_run(s, list(sources), owner)

    def sweep_interrupted(self) -> list[int]:
        """Mark failed the runs left running by processes of this host that have ended (killed,
        or the machine stopped), each with an "interrupted" error; returns their ids. Runs of
        other hosts and shared runs cannot be judged here and are left as they are."""
        with Session(self.engine) as s, s.begin():
            return _runs.sweep_interrupted(s)

    def record_error(self, run_id: int, source: str, url: str | None, reason: str) -> None:
        with Session(self.engine) as s, s.begin():
            _runs.record_error(s, run_id, source, url, reason)

    def finish_run(
        self,
        run_id: int,
        *,
        status: str,
        counts: Mapping[str, Any],
        kinds: Mapping[str, str] | None = None,
        baseline: bool = True,
    ) -> None:
        """Close a run: status in storage._runs.RUN_STATUSES; counts maps source -> count(s).

        ``baseline=False``: an ok run that saw only part of its sources (one worker of a shared
        crawl) does not become their last good count, the baseline of the suspicious check.
        """
        with Session(self.engine) as s, s.begin():
            _runs.finish_run(
                s, run_id, status=status, counts=counts, kinds=kinds, baseline=baseline
            )

    def runs(self, limit: int = 20) -> list[_runs.RunInfo]:
        with Session(self.engine) as s:
            return _runs.runs(s, limit)

    def last_run(
        self, *, status: str | None = None, source: str | None = None
    ) -> _runs.RunInfo | None:
        with Session(self.engine) as s:
            return _runs.last_run(s, status=status, source=source)

    def run_errors(self, run_id: int) -> list[_runs.RunError]:
        with Session(self.engine) as s:
            return _runs.run_errors(s, run_id)

    def sources(self) -> list[dict[str, Any]]:
        """What the store knows of each source: kind, last run, last and last good counts."""
        from storage._models import SourceRow

        with Session(self.engine) as s:
            return [
                {
                    "name": r.name,
                    "kind": r.kind,
                    "last_run_id": r.last_run_id,
                    "last_status": r.last_status,
                    "last_count": r.last_count,
                    "last_good_count": r.last_good_count,
                    "last_good_at": r.last_good_at,
                }
                for r in s.scalars(select(SourceRow).order_by(SourceRow.name))
            ]
