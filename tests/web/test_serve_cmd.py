"""`himjobs serve` is registered, binds 127.0.0.1 unless told otherwise, and serves the pages."""

from __future__ import annotations

import inspect
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests._cli import command_env, run_himjobs


def test_serve_help_shows_local_default(tmp_path: Path):
    r = run_himjobs("serve", "--help", cwd=tmp_path)  # its own process, as every serve
    assert r.code == 0, r.err
    for word in ("--host", "127.0.0.1", "--port", "--db", "--profile-dir"):
        assert word in r.out


def test_serve_defaults_bind_loopback_only(monkeypatch, tmp_path: Path):
    import uvicorn

    import himjobs._cmd_serve as cmd
    import himjobs.web as web
    from storage import Store

    # serve reads a database, never creates one: the default file must be there
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HIMJOBS_DATABASE_URL", raising=False)
    Store("sqlite:///himjobs.db").upgrade()

    calls: dict[str, object] = {}
    monkeypatch.setattr(web, "StoreBackend", lambda url: calls.setdefault("db", url))
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.update(kw, app=app))
    cmd.serve(db=None, host="127.0.0.1", port=8000, profile_dir=None)
    assert calls["host"] == "127.0.0.1" and calls["port"] == 8000
    assert calls["db"] == "sqlite:///himjobs.db"
    sig = inspect.signature(cmd.serve)
    assert sig.parameters["host"].default == "127.0.0.1"


def test_serve_answers_over_http(tmp_path: Path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = f"sqlite:///{tmp_path / 'h.db'}"
    from storage import Store

    Store(db).upgrade()  # serve reads a database, never creates one
    proc = subprocess.Popen(
        [sys.executable, "-m", "himjobs", "serve", "--db", db, "--port", str(port)],
        env=command_env({"HOME": str(tmp_path)}),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        # a wait, not a timing check: on a loaded 2-core machine the server's imports alone took
        # over 20 s (session 10, load 8); the loop ends as soon as the page answers
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/crawl", timeout=2) as r:
                    assert r.status == 200 and b"Crawl status" in r.read()
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
    finally:
        proc.terminate()
        proc.communicate(timeout=10)  # reads and closes both pipes
