"""The `himjobs` command for tests: in this process where a new one adds nothing, else real.

A ``python -m himjobs`` subprocess costs a second or two of start-up (Python, typer, pydantic,
SQLAlchemy) for every call, and the CLI tests make hundreds of calls. ``run_himjobs`` calls
``himjobs.cli.main`` here instead, with what a subprocess would have had: its own environment
(``HIMJOBS_DATABASE_URL`` removed, ``COLUMNS=200``, then ``env``), working directory, stdin, and
stdout/stderr as UTF-8 pipes (not terminals). An exception ``main`` lets through becomes exit 1
with the traceback on stderr, as the interpreter would report it.

Commands that start the Twisted reactor (``crawl``, ``demo``: once per process) or a server
(``serve``) run in a real subprocess by default, and so does any call with ``subprocess_=True``
(the tests of exit codes, signals and the console-script entry point keep a real process);
``subprocess_=False`` runs even those here, for a `crawl` refused before any work.
"""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
import traceback
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: commands that need a process of their own (the reactor cannot restart; a server blocks)
OWN_PROCESS = frozenset({"crawl", "demo", "serve"})


class Result:
    """Exit code and output of one `himjobs` call (``code``, ``out``, ``err``)."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


def command_env(env: Mapping[str, str] | None) -> dict[str, str]:
    """The environment a test's `himjobs` call runs with."""
    full = {k: v for k, v in os.environ.items() if k != "HIMJOBS_DATABASE_URL"}
    full["PYTHONPATH"] = str(ROOT) + os.pathsep + full.get("PYTHONPATH", "")
    full["COLUMNS"] = "200"
    full.update(env or {})
    return full


def run_himjobs(
    *args: str,
    cwd: Path,
    stdin: str | None = None,
    env: Mapping[str, str] | None = None,
    subprocess_: bool | None = None,
) -> Result:
    """Run `himjobs ARGS` in ``cwd``: in a subprocess if ``subprocess_`` is true, in this
    process if it is false; by default in a subprocess only for the OWN_PROCESS commands."""
    if subprocess_ is None:
        first = next((a for a in args if not a.startswith("-")), "")
        subprocess_ = first in OWN_PROCESS
    if subprocess_:
        proc = run_python("-m", "himjobs", *args, cwd=cwd, stdin=stdin, env=env)
        return Result(proc.returncode, proc.stdout, proc.stderr)
    return _in_process(list(args), cwd=cwd, stdin=stdin, env=command_env(env))


def run_python(
    *args: str,
    cwd: Path = ROOT,
    stdin: str | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in a child process with the tests' environment (``command_env(env)``):
    the one way the tests start `himjobs`, `scrapy` or a ``-c`` probe, output captured as text."""
    argv, full = [sys.executable, *args], command_env(env)
    return subprocess.run(
        argv, input=stdin, capture_output=True, text=True, cwd=cwd, env=full, timeout=timeout
    )


def run_on_terminal(
    *args: str, cwd: Path, env: Mapping[str, str] | None = None, timeout: float = 300
) -> Result:
    """``python ARGS`` with stdout a terminal (a pty: run_python's pipes would not do) and
    stderr a pipe; the terminal's output as text with plain newlines."""
    leader, follower = pty.openpty()
    proc = subprocess.run(
        [sys.executable, *args],
        stdout=follower,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env=command_env(env),
        timeout=timeout,
    )
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child has gone and the terminal is drained
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    text = out.decode("utf-8", "replace").replace("\r\n", "\n")
    return Result(proc.returncode, text, proc.stderr.decode("utf-8", "replace"))


def _pipe(data: bytes = b"") -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=None, write_through=True)


def _in_process(args: list[str], *, cwd: Path, stdin: str | None, env: dict[str, str]) -> Result:
    from himjobs.cli import main

    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    out, err = _pipe(), _pipe()
    sys.stdin, sys.stdout, sys.stderr = _pipe((stdin or "").encode()), out, err
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    try:
        try:
            code = main(args)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if exc.code is not None and not isinstance(exc.code, int):
                print(exc.code, file=sys.stderr)
        except Exception:
            traceback.print_exc()
            code = 1
        for stream in (out, err):
            stream.flush()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.environ.clear()
        os.environ.update(saved_env)
        os.chdir(saved_cwd)
    return Result(code, _text(out), _text(err))


def _text(stream: io.TextIOWrapper) -> str:
    raw = stream.buffer.getvalue()  # type: ignore[attr-defined]
    # a pipe read in text mode, as subprocess.run(text=True) does: universal newlines
    return raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
