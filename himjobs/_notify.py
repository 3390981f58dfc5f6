"""The --notify hook of `himjobs match`: new matches as JSON to a file or to a command's stdin.

    --notify PATH          write the JSON document to PATH (replaced atomically)
    --notify cmd:COMMAND   run COMMAND with the JSON document on its stdin

COMMAND is split like a shell would split words (shlex) but never run by a shell: no pipes,
redirections, variables or globbing, so nothing in a profile or a posting can inject a command.
Wrap a pipeline in a script of your own.

>>> parse_target("cmd:echo 'New jobs' to me@example.org").argv
['echo', 'New jobs', 'to', 'me@example.org']
>>> parse_target("new-jobs.json").path
PosixPath('new-jobs.json')
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

COMMAND_PREFIX: Final = "cmd:"
#: A hook that hangs must not hold a cron job forever.
COMMAND_TIMEOUT: Final = 120.0


class NotifyError(Exception):
    """The target is unusable or the hook failed; the message says which and why."""


@dataclass(frozen=True)
class Target:
    path: Path | None = None
    argv: list[str] | None = None

    def __str__(self) -> str:
        return shlex.join(self.argv) if self.argv else str(self.path)


def parse_target(value: str) -> Target:
    """A file path, or ``cmd:`` and a command line; checked before any work is done."""
    if value.startswith(COMMAND_PREFIX):
        try:
            argv = shlex.split(value[len(COMMAND_PREFIX) :])
        except ValueError as err:
            raise NotifyError(f"--notify: cannot read the command: {err}") from None
        if not argv:
            raise NotifyError("--notify: cmd: needs a command, e.g. cmd:notify-send")
        if shutil.which(argv[0]) is None:
            raise NotifyError(f"--notify: command not found: {argv[0]}")
        return Target(argv=argv)
    if not value.strip():
        raise NotifyError("--notify: give a file path or cmd:COMMAND")
    path = Path(value)
    if path.is_dir():
        raise NotifyError(f"--notify: {value} is a directory; give a file path")
    if not path.parent.is_dir():
        raise NotifyError(f"--notify: directory {path.parent} does not exist")
    return Target(path=path)


def deliver(target: Target, document: str) -> None:
    """Write ``document`` to the file, or pipe it to the command; NotifyError on failure."""
    if target.path is not None:
        _write_atomically(target.path, document)
        return
    assert target.argv is not None
    try:
        proc = subprocess.run(
            target.argv,
            input=document,
            text=True,
            capture_output=True,
            timeout=COMMAND_TIMEOUT,
            check=False,
            shell=False,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        raise NotifyError(f"--notify: {target.argv[0]} failed: {err}") from None
    if proc.returncode != 0:
        why = (proc.stderr or "").strip().splitlines()
        tail = f": {why[-1]}" if why else ""
        raise NotifyError(f"--notify: {target.argv[0]} exited with status {proc.returncode}{tail}")


def _write_atomically(path: Path, text: str) -> None:
    # A reader (a mail script polling the file) never sees half a document.
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError as err:
        raise NotifyError(f"--notify: cannot write {path}: {err.strerror or err}") from None
