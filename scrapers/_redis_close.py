"""Closing for a shared Redis crawl: the last worker out closes what the whole crawl did not see.

No worker of a shared crawl (scrapers._redis) knows alone that the crawl is complete, so the
workers of one source under one crawl id keep a small register in Redis, under
``himjobs:<crawl_id>:<source>:close:``:

- ``workers``: the set of workers still crawling. The shared scheduler
  (scrapers._redis_scheduler) joins when it opens, before the worker takes any request, so a
  worker that takes requests is always registered; only the store pipeline leaves, when the
  spider has closed, so a worker without it (or killed) never leaves. ``lease:<worker>`` is a
  key with a TTL (``HIMJOBS_REDIS_LEASE``) the worker renews while it runs: a worker killed with
  -9 never leaves, its lease lapses, and the others can tell it died.
- ``run``: one crawl run per source shared by every worker, started by the first worker to
  join; every posting is stored under it, so ``Store.close_missing`` knows what the shared crawl
  saw. Each worker still records its own run (its errors and its share of the counts).
- ``trouble``: set by any worker whose crawl was not ``ok`` (a bad page, a failed or stopped
  crawl, a posting not stored), was not whole (boards picked by hand, ``since``, a resumed
  JOBDIR), or crawled another board list than the first worker; the first reason is kept.
- ``stored``: the postings every worker stored, for the whole crawl's suspicious check.
- ``done``: claimed by exactly one worker, the one that leaves when no live worker is left.

The claimant closes (``Store.close_missing``) only when every worker that joined left normally,
nobody flagged trouble, the shared request queue is empty, and the crawl stored at least
``HIMJOBS_MIN_FRACTION`` of the source's last good count; in any other case it closes nothing
and records why on the shared run. A worker still registered (alive, or dead with a lease not yet
lapsed) means no claim, so a crash can leave the shared run ``running`` but never closes
anything. Not for Redis Cluster (the leave script reads keys it builds itself).
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from scrapers import settings as defaults

log = logging.getLogger(__name__)

#: Seconds a worker's lease lives without a heartbeat (refreshed every third of it).
DEFAULT_LEASE: int = defaults.HIMJOBS_REDIS_LEASE
#: Seconds a joining worker waits for the first worker to publish the shared run id.
RUN_WAIT = 30.0
#: How long the register lives after its last use when the crawl's keys never expire (seconds).
DEFAULT_TTL: int = defaults.HIMJOBS_REDIS_TTL
#: The register's keys whose expiry the heartbeat renews.
_REGISTER = ("workers", "joined", "boards", "run", "run_owner", "trouble", "stored")

# Atomic leave: add this worker's stored count, drop it from the register, and claim the finish
# when no worker with a live lease is left. Returns {claimed, registered left, trouble, queue
# length, stored total, shared run, workers joined}.
_LEAVE = """
redis.call('INCRBY', KEYS[2], ARGV[2])
redis.call('SREM', KEYS[1], ARGV[1])
redis.call('DEL', ARGV[4] .. ARGV[1])
local left = redis.call('SMEMBERS', KEYS[1])
local alive = 0
for _, w in ipairs(left) do
  if redis.call('EXISTS', ARGV[4] .. w) == 1 then alive = alive + 1 end
end
local claimed = 0
if alive == 0 and redis.call('SET', KEYS[3], ARGV[1], 'NX', 'EX', ARGV[3]) then
  claimed = 1
end
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[3]) end
local qtype = redis.call('TYPE', KEYS[5]).ok
local queued = 0
if qtype == 'zset' then queued = redis.call('ZCARD', KEYS[5])
elseif qtype == 'list' then queued = redis.call('LLEN', KEYS[5])
elseif qtype ~= 'none' then queued = -1 end
return {claimed, #left, redis.call('GET', KEYS[4]) or '', queued,
        redis.call('GET', KEYS[2]) or '0', redis.call('GET', KEYS[6]) or '',
        redis.call('GET', KEYS[7]) or '0'}
"""


def worker_id() -> str:
    """host:pid:random, unique per worker process.

    >>> worker_id().count(":") >= 2
    True
    """
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def boards_digest(boards: Iterable[str]) -> str:
    """A short fingerprint of a board list (order does not matter).

    >>> boards_digest(["b", "a"]) == boards_digest(["a", "b", "a"])
    True
    """
    text = "\n".join(sorted(set(boards)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Leave:
    """What a worker found when it left the register."""

    claimed: bool  # this worker is the one to finish the shared run
    registered: int  # workers still registered (dead ones whose lease lapsed, when claimed)
    trouble: str  # the first trouble a worker flagged, "" when none
    queued: int  # requests left in the shared queue (-1: not a queue)
    stored: int  # postings stored by every worker of the crawl
    run_id: int | None  # the shared run
    joined: int  # workers that joined the crawl

    def refusal(self) -> str | None:
        """Why the claimant must not close, or None when it may.

        >>> Leave(True, 0, "", 0, 8, 3, 2).refusal() is None
        True
        >>> Leave(True, 1, "", 0, 8, 3, 2).refusal()
        '1 worker stopped without finishing (its lease lapsed)'
        >>> Leave(True, 0, "w1: outcome partial", 0, 8, 3, 2).refusal()
        'w1: outcome partial'
        """
        if self.registered:
            s = "" if self.registered == 1 else "s"
            return f"{self.registered} worker{s} stopped without finishing (its lease lapsed)"
        if self.trouble:
            return self.trouble
        if self.queued:
            return f"the shared queue is not empty ({self.queued} requests)"
        if self.run_id is None:
            return "no shared run id"
        return None


class SharedClose:
    """One worker's membership in the closing register of one source of one shared crawl."""

    def __init__(
        self,
        client: Any,
        *,
        crawl_id: str,
        source: str,
        queue_key: str,
        ttl: int,
        lease: int = DEFAULT_LEASE,
        worker: str | None = None,
    ) -> None:
        self.client = client
        self.worker = worker or worker_id()
        self.source = source
        self.queue_key = queue_key
        # The register must outlive the crawl even when the queue's keys never expire (ttl 0).
        self.ttl = int(ttl) if int(ttl) > 0 else DEFAULT_TTL
        self.lease = max(int(lease), 1)
        self.prefix = f"himjobs:{crawl_id}:{source}:close:"
        self._leave = client.register_script(_LEAVE)
        self._beat: Any = None

    def key(self, name: str) -> str:
        return self.prefix + name

    def join(self, boards: Iterable[str]) -> None:
        """Register (before taking any request) and check the board list against the first's."""
        pipe = self.client.pipeline(transaction=True)
        pipe.sadd(self.key("workers"), self.worker)
        pipe.set(self.key(f"lease:{self.worker}"), "1", ex=self.lease)
        pipe.incr(self.key("joined"))
        pipe.set(self.key("boards"), boards_digest(boards), nx=True, ex=self.ttl)
        pipe.get(self.key("boards"))
        for name in ("workers", "joined"):
            pipe.expire(self.key(name), self.ttl)
        results = pipe.execute()
        if _text(results[4]) != boards_digest(boards):
            self.flag("workers crawl different board lists")

    def heartbeat(self) -> None:
        """Renew this worker's lease, and the register's expiry (a crawl may outlast it)."""
        pipe = self.client.pipeline(transaction=False)
        pipe.set(self.key(f"lease:{self.worker}"), "1", ex=self.lease)
        for name in _REGISTER:
            pipe.expire(self.key(name), self.ttl)
        pipe.execute()

    def start_heartbeat(self) -> None:
        """Renew the lease every third of it from the Twisted reactor, until stop_heartbeat."""
        from twisted.internet import task

        self._beat = task.LoopingCall(self._safe_heartbeat)
        self._beat.start(max(self.lease / 3, 0.5), now=False)

    def stop_heartbeat(self) -> None:
        if self._beat is not None and self._beat.running:
            self._beat.stop()

    def _safe_heartbeat(self) -> None:
        import redis

        try:
            self.heartbeat()
        except redis.RedisError as exc:
            # A lapsed lease only ever stops the closing: log it and keep crawling.
            log.warning("shared crawl heartbeat failed: %s", exc)

    def flag(self, reason: str) -> None:
        """Mark the shared crawl as not closable; the first reason is kept."""
        text = f"{self.worker}: {reason}"[:500]
        if self.client.set(self.key("trouble"), text, nx=True, ex=self.ttl):
            log.warning("shared crawl of %s will close nothing: %s", self.source, text)

    def shared_run(self, start_run: Callable[[], int], *, wait: float = RUN_WAIT) -> int | None:
        """The shared run id: started by the first worker to get here, read by the others."""
        if self.client.set(self.key("run_owner"), self.worker, nx=True, ex=self.ttl):
            run_id = start_run()
            self.client.set(self.key("run"), str(run_id), ex=self.ttl)
            return run_id
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            value = self.client.get(self.key("run"))
            if value is not None:
                return int(value)
            time.sleep(0.1)
        self.flag(f"no shared run id after {wait:.0f} s")
        return None

    def leave(self, stored: int) -> Leave:
        """Leave the register; the returned Leave says whether this worker finishes the crawl."""
        keys = [self.key(n) for n in ("workers", "stored", "done", "trouble")]
        keys += [self.queue_key, self.key("run"), self.key("joined")]
        args = [self.worker, int(stored), self.ttl, self.key("lease:")]
        r = self._leave(keys=keys, args=args)
        run = _text(r[5])
        return Leave(
            claimed=bool(r[0]),
            registered=int(r[1]),
            trouble=_text(r[2]),
            queued=int(r[3]),
            stored=int(_text(r[4]) or 0),
            run_id=int(run) if run else None,
            joined=int(_text(r[6]) or 0),
        )


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return "" if value is None else str(value)
