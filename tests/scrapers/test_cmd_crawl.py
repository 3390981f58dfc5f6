"""`himjobs crawl` (a real subprocess) and `himjobs runs` (in this process) against the mock
server, on a real SQLite file; and `scrapy list` / `scrapy crawl` from the repository root."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from himjobs._lock import source_locks
from storage import Store
from tests._cli import Result, run_himjobs, run_python
from tests.scrapers._crawl import cli_settings

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
#: the mock server is on 127.0.0.1; no politeness delays in tests
FAST = cli_settings(HIMJOBS_RETRY_BACKOFF_BASE=0.05, RETRY_TIMES=1)
LEVER_PAGE = {
    "path": "/v0/postings/lakeshoremed",
    "query": {"mode": "json", "skip": "0"},
    "file": "lever/lakeshore_page1.json",
}


@pytest.fixture
def himjobs(tmp_path: Path) -> Any:
    """Run `himjobs` in a temp working directory (tests/_cli.py: `crawl` in a real subprocess,
    the other commands in this process)."""

    def run(
        *args: str, env: dict[str, str] | None = None, subprocess_: bool | None = None
    ) -> Result:
        return run_himjobs(*args, cwd=tmp_path, env=env, subprocess_=subprocess_)

    return run


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A lock folder and a HOME of this test's own (the crawl log goes to ~/.himjobs/logs)."""
    return {"HIMJOBS_LOCK_DIR": str(tmp_path / "locks"), "HOME": str(tmp_path / "home")}


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'crawl.db'}"


def boards_file(tmp_path: Path, **boards: list[str]) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(
        "".join(f"[{s}]\nboards = {json.dumps(b)}\n" for s, b in boards.items()), "utf-8"
    )
    return path


def crawl(himjobs: Any, mock: Any, db: str, env: dict[str, str], *args: str, **options: Any) -> Any:
    return himjobs("crawl", "--db", db, "--api-base", mock.url, *FAST, *args, env=env, **options)


def test_crawl_stores_shows_progress_and_summary(
    himjobs: Any, mock: Any, db: str, env: dict[str, str], tmp_path: Path
) -> None:
    mock.add_route(LEVER_PAGE)
    sources = boards_file(
        tmp_path, greenhouse=["northridgehealth", "quietclinic"], lever=["lakeshoremed"]
    )
    r = crawl(himjobs, mock, db, env, "--boards", str(sources), "-f", "json")
    assert r.code == 0, r.err
    out = json.loads(r.out)
    assert out["status"] == "ok"
    by_source = {row["source"]: row for row in out["sources"]}
    assert set(by_source) == {"greenhouse", "lever"}
    gh = by_source["greenhouse"]
    assert (gh["seen"], gh["dropped_irrelevant"], gh["stored"], gh["inserted"]) == (3, 1, 2, 2)
    assert by_source["lever"]["stored"] == 2 and by_source["lever"]["outcome"] == "ok"
    # progress on stderr: seen / kept / stored per source
    assert "seen" in r.err and "kept" in r.err and "stored" in r.err
    with Store(db) as store:
        assert store.count() == 4
        (info,) = store.runs()
        assert info.id == out["run_id"] and info.status == "ok"
        assert sorted(info.sources) == ["greenhouse", "lever"]
        assert info.counts["greenhouse"]["stored"] == 2
        # every stored posting has its requirements and belongs to this run
        for p in store.search(limit=10):
            assert p.requirements is not None
            record = store.record(p.id or 0)
            assert record is not None and record.last_run_id == info.id
    # without --log-file the log goes to ~/.himjobs/logs: this test's HOME, not the real one
    assert len(list((tmp_path / "home" / ".himjobs" / "logs").glob("crawl-*.log"))) == 1
    # the same crawl again: nothing new, nothing duplicated
    r2 = crawl(himjobs, mock, db, env, "--boards", str(sources), "-f", "json")
    assert r2.code == 0, r2.err
    again = {row["source"]: row for row in json.loads(r2.out)["sources"]}
    assert again["greenhouse"]["inserted"] == 0 and again["greenhouse"]["unchanged"] == 2
    with Store(db) as store:
        assert store.count() == 4
    runs = himjobs("runs", "--db", db, "-f", "json")
    assert runs.code == 0, runs.err
    assert [(x["id"], x["status"], x["stored"]) for x in json.loads(runs.out)] == [
        (2, "ok", 4),
        (1, "ok", 4),
    ]


def test_failed_source_exits_1_and_errors_are_listed(
    himjobs: Any, mock: Any, db: str, env: dict[str, str], tmp_path: Path
) -> None:
    sources = boards_file(tmp_path, greenhouse=["northridgehealth"], lever=["nosuchsite"])
    r = crawl(himjobs, mock, db, env, "--boards", str(sources))
    assert r.code == 1, r.err
    assert "crawl run 1: partial" in r.out  # the table
    with Store(db) as store:
        (info,) = store.runs()
        assert info.status == "partial"
        assert info.counts["lever"]["outcome"] == "failed"
        assert info.counts["greenhouse"]["outcome"] == "ok"
        assert store.count() == 2  # the good source's postings are kept
    errs = himjobs("runs", "--db", db, "--errors", "1", "-f", "csv")
    assert errs.code == 0, errs.err
    lines = errs.out.strip().splitlines()
    assert lines[0] == "source,url,reason,at" and len(lines) == 2
    assert "lever" in lines[1] and "/v0/postings/nosuchsite" in lines[1] and "404" in lines[1]


def test_suspicious_drop_exits_1_and_closes_nothing(
    himjobs: Any, mock: Any, db: str, env: dict[str, str], tmp_path: Path
) -> None:
    first = crawl(
        himjobs,
        mock,
        db,
        env,
        "greenhouse",
        "--boards",
        str(boards_file(tmp_path, greenhouse=["northridgehealth"])),
    )
    assert first.code == 0, first.err
    data = json.loads((FIXTURES / "greenhouse" / "northridge_jobs.json").read_text("utf-8"))
    data["jobs"] = [j for j in data["jobs"] if j["id"] != 5120044]
    mock.add_route({"path": "/v1/boards/northridgehealth/jobs", "json_body": data})
    r = crawl(
        himjobs,
        mock,
        db,
        env,
        "greenhouse",
        "-f",
        "json",
        "-s",
        "HIMJOBS_MIN_FRACTION=0.75",
        "--boards",
        str(tmp_path / "sources.toml"),
    )
    assert r.code == 1, r.err
    out = json.loads(r.out)
    assert out["status"] == "suspicious"
    assert out["sources"][0]["stored"] == 1 and out["sources"][0]["closed"] == 0
    with Store(db) as store:
        assert store.count() == 2  # the posting missing from a suspicious crawl stays open
        assert store.runs()[0].status == "suspicious"
    # with the default fraction (0.5) the same crawl is ok and closes the missing posting
    r3 = crawl(
        himjobs,
        mock,
        db,
        env,
        "greenhouse",
        "-f",
        "json",
        "--boards",
        str(tmp_path / "sources.toml"),
    )
    assert r3.code == 0, r3.err
    assert json.loads(r3.out)["sources"][0]["closed"] == 1
    with Store(db) as store:
        assert store.count() == 1


def test_locked_source_exits_1_without_a_run(
    himjobs: Any, mock: Any, db: str, env: dict[str, str], tmp_path: Path
) -> None:
    sources = boards_file(tmp_path, greenhouse=["northridgehealth"])
    Path(env["HIMJOBS_LOCK_DIR"]).mkdir()
    with source_locks(["greenhouse"], directory=Path(env["HIMJOBS_LOCK_DIR"])):
        # refused before any work, so in this process (a flock is held per open file, so the
        # test's lock stops the command here as it would another process)
        r = crawl(himjobs, mock, db, env, "greenhouse", "--boards", str(sources), subprocess_=False)
    assert r.code == 1
    assert "another crawl of 'greenhouse' is running" in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert Store(db).runs() == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nosuchsource"], "unknown source nosuchsource"),
        (["--boards", "missing.toml"], "--boards: missing.toml"),
        (["greenhouse", "-s", "NOEQUALS"], "is not NAME=VALUE"),
    ],
)
def test_user_mistakes_one_line_exit_2(
    himjobs: Any, mock: Any, db: str, env: dict[str, str], args: list[str], message: str
) -> None:
    # refused before any work, so in this process (no reactor of its own needed)
    r = crawl(himjobs, mock, db, env, *args, subprocess_=False)
    assert r.code == 2
    assert message in r.err and len(r.err.strip().splitlines()) == 1
    assert r.out == ""


def test_scrapy_list_and_crawl_from_repo_root(mock: Any, tmp_path: Path) -> None:
    listed = run_python("-m", "scrapy", "list")  # from the repository root
    assert listed.returncode == 0, listed.stderr
    assert {"greenhouse", "lever"} <= set(listed.stdout.split())
    db = f"sqlite:///{tmp_path / 'scrapy.db'}"
    r = run_python(
        "-m",
        "scrapy",
        "crawl",
        "greenhouse",
        "-a",
        "boards=northridgehealth",
        "-a",
        f"api_base={mock.url}",
        "-s",
        f"HIMJOBS_DATABASE_URL={db}",
        *FAST,
    )
    assert r.returncode == 0, r.stderr
    with Store(db) as store:
        assert store.count() == 2
        (info,) = store.runs()
        assert info.status == "ok"
