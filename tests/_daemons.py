"""Real daemons for tests (redis-server, scrapyd): each on a free 127.0.0.1 port, in its own temp
dir, stopped in ``finally`` whatever the test did. Timeouts are generous: CI has 2 shared cores."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(check: Callable[[], Any], *, timeout: float, what: str, proc: Any = None) -> Any:
    """Poll ``check()`` until it returns something truthy; fail with ``what`` on timeout or
    when ``proc`` exits first."""
    deadline = time.monotonic() + timeout
    last: BaseException | None = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"{what}: process exited with status {proc.returncode}")
        try:
            result = check()
        except (OSError, ConnectionError, urllib.error.URLError) as exc:
            last, result = exc, None
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError(f"{what}: not ready after {timeout:.0f} s (last error: {last!r})")


def stop(proc: subprocess.Popen[Any], *, timeout: float = 20) -> None:
    """SIGTERM, then SIGKILL if it does not exit in time."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout)


@contextmanager
def redis_server(tmp: Path) -> Iterator[str]:
    """A throwaway redis-server (no persistence); yields its redis:// URL."""
    exe = shutil.which("redis-server")
    if exe is None:
        pytest.skip("redis-server not installed (apt install redis-server; .ci/run installs it)")
    import redis

    port = free_port()
    tmp.mkdir(parents=True, exist_ok=True)
    log = (tmp / "redis.log").open("wb")
    proc = subprocess.Popen(
        [
            exe,
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--dir",
            str(tmp),
            "--save",
            "",
            "--appendonly",
            "no",
            "--protected-mode",
            "yes",
            "--daemonize",
            "no",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        client = redis.Redis.from_url(url, socket_timeout=5)

        def ping() -> bool:
            try:
                return bool(client.ping())
            except redis.RedisError:
                return False

        wait_for(ping, timeout=START_TIMEOUT, what="redis-server", proc=proc)
        client.close()
        yield url
    finally:
        stop(proc)
        log.close()


def scrapyd_config(folder: Path, port: int) -> Path:
    """A scrapyd.conf keeping eggs, logs, job dbs and items under ``folder``."""
    for sub in ("eggs", "logs", "dbs", "items"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    conf = folder / "scrapyd.conf"
    conf.write_text(
        "[scrapyd]\n"
        "bind_address = 127.0.0.1\n"
        f"http_port = {port}\n"
        f"eggs_dir = {folder / 'eggs'}\n"
        f"logs_dir = {folder / 'logs'}\n"
        f"dbs_dir = {folder / 'dbs'}\n"
        "items_dir =\n"
        "max_proc = 2\n"
        "poll_interval = 0.2\n",
        encoding="utf-8",
    )
    return conf


@contextmanager
def scrapyd_server(folder: Path, *, env: dict[str, str] | None = None) -> Iterator[str]:
    """A real scrapyd (``python -m scrapyd``-like entry point) on a free port; yields its URL.

    scrapyd reads ``scrapyd.conf`` from its working directory, so it runs in ``folder``."""
    port = free_port()
    scrapyd_config(folder, port)
    log = (folder / "scrapyd.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-c", "from scrapyd.__main__ import main; main()"],
        cwd=folder,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        with urllib.request.urlopen(f"{url}/daemonstatus.json", timeout=5) as r:
            return r.status == 200

    try:
        wait_for(ready, timeout=START_TIMEOUT, what="scrapyd", proc=proc)
        yield url
    finally:
        stop(proc)
        log.close()
