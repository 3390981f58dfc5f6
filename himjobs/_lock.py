"""One crawl of a source at a time on a machine: an advisory lock file per source (flock).

The kernel releases a flock when its process dies, so a crawl killed with -9 never leaves a
stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path


class LockedError(RuntimeError):
    """Another process holds the lock of a source."""


def lock_dir() -> Path:
    """Where lock files live: $HIMJOBS_LOCK_DIR, else ~/.cache/himjobs/locks."""
    base = os.environ.get("HIMJOBS_LOCK_DIR")
    path = Path(base) if base else Path.home() / ".cache" / "himjobs" / "locks"
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextmanager
def source_locks(sources: list[str], *, directory: Path | None = None) -> Iterator[None]:
    """Hold the lock of every source, or raise LockedError naming the first one already held."""
    folder = directory or lock_dir()
    with ExitStack() as stack:
        for source in sorted(set(sources)):
            fd = os.open(folder / f"{source}.lock", os.O_RDWR | os.O_CREAT, 0o644)
            stack.callback(os.close, fd)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise LockedError(
                    f"another crawl of {source!r} is running (lock {folder / (source + '.lock')})"
                ) from None
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        yield
