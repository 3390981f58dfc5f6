"""Which process owns a crawl run, and whether that process is still alive.

A crawl killed with SIGKILL (or by a power cut) never finishes its run, which would stay
"running" for ever. A run records its owner as "host:pid:start", start being the process's start
time in clock ticks since boot (Linux /proc), so a pid the system has since given to another
process does not pass for the owner. Only a run owned on this host can be judged; a run from
another machine, or whose owner cannot be judged, is left as it is.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path


def _start_ticks(pid: int) -> str | None:
    """The start time of process ``pid`` (field 22 of /proc/PID/stat), None if unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) is in parentheses and may hold spaces: split after it.
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else None


def this_process() -> str:
    """The owner string of the calling process.

    >>> host, pid, _start = this_process().rsplit(":", 2)
    >>> int(pid) == os.getpid()
    True
    """
    return f"{socket.gethostname()}:{os.getpid()}:{_start_ticks(os.getpid()) or '?'}"


def parse(owner: str) -> tuple[str, int, str] | None:
    """(host, pid, start) of an owner string, None when it is not one.

    >>> parse("desk-7:4242:1093")
    ('desk-7', 4242, '1093')
    >>> parse("garbled") is None
    True
    """
    try:
        host, pid, start = owner.rsplit(":", 2)
        return host, int(pid), start
    except ValueError:
        return None


def is_gone(owner: str) -> bool:
    """True only when ``owner`` is known to have ended: on this host, and its pid is no longer
    running or now belongs to a process started at another time.

    >>> is_gone(this_process())
    False
    >>> is_gone("some-other-host:1:1")
    False
    """
    parsed = parse(owner)
    if parsed is None:
        return False
    host, pid, start = parsed
    if host != socket.gethostname() or pid <= 0:
        return False
    if Path("/proc/self/stat").exists():
        now = _start_ticks(pid)
        return now is None or (start != "?" and now != start)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
