"""Bad input through the real `himjobs` command: one error line, non-zero exit, nothing written.

Each case runs ``python -m himjobs`` in a fresh working directory and checks stdout is empty,
stderr is exactly one line without a traceback, the exit status is non-zero, and no file was
created or changed (the database the command would have opened included).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from schemas import Posting
from storage import Store

GOOD_PROFILE = 'education = "high_school"\ncertifications = ["CBCS"]\nstate = "TX"\n'


def _snapshot(root: Path) -> dict[str, str]:
    """Every file under root with a hash of its bytes."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _one_error_line(res, reliability, group: str, fault: str) -> str:  # type: ignore[no-untyped-def]
    lines = [line for line in res.err.splitlines() if line.strip()]
    first = lines[0][:100] if lines else "(no message)"
    reliability.record(group, fault, errors=len(lines), outcome=f"exit {res.code}: {first}")
    assert res.code != 0, res.out
    assert "Traceback" not in res.err, res.err
    assert len(lines) == 1, res.err
    assert res.out == ""
    return lines[0]


# --- himjobs extract FILE -------------------------------------------------------------------


def _huge_sparse(path: Path, mb: int = 50) -> None:
    with path.open("wb") as fh:
        fh.truncate(mb * 1024 * 1024)


EXTRACT_CASES = [
    # (label, setup(tmp) -> argument, fragment of the error line)
    (
        "non-UTF-8 bytes",
        lambda d: (d / "p.txt").write_bytes(b"Clerk \xff\xfe GED") and "p.txt",
        "not UTF-8",
    ),
    ("a missing file", lambda d: "absent.txt", "cannot read"),
    ("a directory", lambda d: (d / "dir").mkdir() or "dir", "cannot read"),
    ("a 50 MB file", lambda d: _huge_sparse(d / "big.txt") or "big.txt", "larger than 5 MiB"),
    (
        "rich markup in the file name",
        lambda d: "[/red]x[link=javascript:alert(1)].txt",
        "[/red]x[link=javascript:alert(1)].txt",
    ),
]


@pytest.mark.parametrize(
    ("label", "setup", "fragment"), EXTRACT_CASES, ids=[c[0] for c in EXTRACT_CASES]
)
def test_extract_bad_file(himjobs, tmp_path: Path, reliability, label, setup, fragment) -> None:
    arg = setup(tmp_path)
    before = _snapshot(tmp_path)
    res = himjobs("extract", arg)
    line = _one_error_line(res, reliability, "bad input: CLI", f"himjobs extract: {label}")
    assert fragment in line
    assert _snapshot(tmp_path) == before


def test_extract_huge_stdin(himjobs, tmp_path: Path, reliability) -> None:
    text = "Medical records clerk; high school diploma required. " * 120_000  # 6.4 MB
    res = himjobs("extract", "-", stdin=text)
    line = _one_error_line(res, reliability, "bad input: CLI", "himjobs extract -: 6 MB on stdin")
    assert "larger than 5 MiB" in line
    assert list(tmp_path.iterdir()) == []


# --- himjobs search: option values ------------------------------------------------------------

SEARCH_CASES = [
    ("--min-pay abc", ["--min-pay", "abc"], "--min-pay"),
    ("--since 2024-13-45", ["--since", "2024-13-45"], "not a date"),
    ("--since yesterday", ["--since", "yesterday"], "not a date"),
    ("--certs with an unknown code", ["--certs", "RHIT,FAKE1"], "FAKE1"),
    ("--state Texass", ["--state", "Texass"], "Texass"),
    ("--limit -5", ["--limit", "-5"], "--limit"),
    ("--workplace moon", ["--workplace", "moon"], "moon"),
    ("--experience-at-most many", ["--experience-at-most", "many"], "--experience-at-most"),
    ("an unknown option", ["--salary", "20"], "--salary"),
    ("rich markup in --state", ["--state", "[/bold]"], "[/bold]"),
]


@pytest.mark.parametrize(
    ("label", "args", "fragment"), SEARCH_CASES, ids=[c[0] for c in SEARCH_CASES]
)
def test_search_bad_option_writes_nothing(
    himjobs, tmp_path: Path, reliability, label, args, fragment
) -> None:
    db = tmp_path / "never.db"
    res = himjobs("search", "--db", f"sqlite:///{db}", *args)
    line = _one_error_line(res, reliability, "bad input: CLI", f"himjobs search {label}")
    assert fragment in line
    assert list(tmp_path.iterdir()) == []  # the database was not even created


def test_bad_database_url_is_one_line(himjobs, tmp_path: Path, reliability) -> None:
    res = himjobs("search", "--db", "mysql://root@127.0.0.1/jobs")
    line = _one_error_line(res, reliability, "bad input: CLI", "himjobs search --db mysql://...")
    assert "unsupported database" in line
    assert list(tmp_path.iterdir()) == []


# --- scraped text shown in a terminal ---------------------------------------------------------


def test_scraped_markup_is_shown_literally(himjobs, tmp_path: Path, reliability) -> None:
    """A posting title with rich markup neither crashes the table nor becomes a terminal link."""
    url = f"sqlite:///{tmp_path / 'jobs.db'}"
    title = "[/b]Records Clerk [link=javascript:alert(1)]apply[/link]"
    with Store(url) as store:
        store.upsert(
            [
                Posting(
                    source="greenhouse",
                    external_id="m1",
                    url="https://example.org/1",
                    title=title,
                    description="File charts.",
                )
            ]
        )
    res = himjobs("search", "--db", url, "--format", "table")
    reliability.record(
        "bad input: CLI",
        "rich markup in a scraped title (himjobs search)",
        stored=1,
        lost=0,
        outcome=f"exit {res.code}, title printed as text",
    )
    assert res.code == 0, res.err
    flat = "".join(res.out.split())
    assert "[/b]RecordsClerk[link=javascript:alert(1)]apply[/link]" in flat
    assert "\x1b]8;" not in res.out  # no OSC 8 hyperlink escape


# --- commands that take a profile: himjobs match / gaps PROFILE --db URL (himjobs/_cmd_match.py) --

PROFILE_CASES = [
    ("wrong type", "p.toml", 'experience_years = "lots"', "experience_years"),
    ("unknown certification code", "p.json", '{"certifications": ["RHIT", "QQQ"]}', "QQQ"),
    ("a date where a number goes", "p.toml", "experience_years = 2020-02-30", "TOML"),
    ("non-UTF-8 bytes", "p.yaml", b"city: Montr\xe9al\n", "not UTF-8"),
    ("a 50 MB file", "p.json", None, "too large"),
    ("an unknown format", "p.ini", "[profile]\neducation=none\n", "unknown format"),
]


def _store_one_posting(url: str) -> None:
    """A database holding one plain posting, for the profile commands to run against."""
    with Store(url) as store:
        store.upsert(
            [
                Posting(
                    source="lever",
                    external_id="a1",
                    url="https://example.org/a1",
                    title="Medical Records Clerk",
                    description="High school diploma.",
                )
            ]
        )


@pytest.mark.parametrize("command", ["match", "gaps"])
@pytest.mark.parametrize(
    ("label", "name", "content", "fragment"), PROFILE_CASES, ids=[c[0] for c in PROFILE_CASES]
)
def test_profile_commands_reject_bad_profiles_and_write_nothing(
    himjobs, tmp_path: Path, reliability, command, label, name, content, fragment
) -> None:
    db = tmp_path / "jobs.db"
    url = f"sqlite:///{db}"
    _store_one_posting(url)
    profile = tmp_path / name
    if content is None:
        _huge_sparse(profile)
    elif isinstance(content, bytes):
        profile.write_bytes(content)
    else:
        profile.write_text(content, encoding="utf-8")
    before = _snapshot(tmp_path)
    res = himjobs(command, name, "--db", url)  # relative: the command runs in tmp_path
    line = _one_error_line(res, reliability, "bad input: CLI", f"himjobs {command}: {label}")
    assert fragment in line and str(profile.name) in line
    assert _snapshot(tmp_path) == before  # database and profile byte-for-byte unchanged


@pytest.mark.parametrize("command", ["match", "gaps"])
def test_profile_commands_accept_a_good_profile(himjobs, tmp_path: Path, command) -> None:
    """The control for the cases above: the same call with a valid profile works, so their
    errors come from the profile, not from how the command is called."""
    url = f"sqlite:///{tmp_path / 'jobs.db'}"
    _store_one_posting(url)
    (tmp_path / "p.toml").write_text(GOOD_PROFILE, encoding="utf-8")
    res = himjobs(command, "p.toml", "--db", url, "-f", "json")
    assert res.code == 0, res.err
    assert "Traceback" not in res.err
    if command == "match":
        assert [m["title"] for m in json.loads(res.out)["matches"]] == ["Medical Records Clerk"]


@pytest.mark.parametrize("command", ["match", "gaps"])
def test_profile_commands_missing_database_is_not_created(himjobs, tmp_path: Path, command) -> None:
    (tmp_path / "p.toml").write_text('education = "phd"', encoding="utf-8")
    res = himjobs(command, "p.toml", "--db", f"sqlite:///{tmp_path / 'none.db'}")
    assert res.code != 0 and "Traceback" not in res.err
    assert not (tmp_path / "none.db").exists()


# --- filter values are data, never SQL (through the CLI; tests/storage covers Store.search) ----

HOSTILE = [
    ("'; DROP TABLE postings; --", set()),
    ('" OR 1=1 --', set()),
    ("%' OR '1'='1", set()),
    ("100%", {"pct"}),
    ("%", {"pct"}),
    ("_", set()),
    ("O'Brien", {"quote"}),
]


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'jobs.db'}"
    with Store(url) as store:
        store.upsert(
            [
                Posting(
                    source="lever",
                    external_id=ext,
                    url=f"https://example.org/{ext}",
                    title=title,
                    description="Scan and index charts.",
                )
                for ext, title in [
                    ("pct", "Records Clerk, 100% remote"),
                    ("quote", "O'Brien Clinic HIM Clerk"),
                    ("plain", "Medical Records Specialist"),
                ]
            ]
        )
    return url


@pytest.mark.parametrize(("value", "expected"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_search_text_is_data(himjobs, seeded_db: str, reliability, value, expected) -> None:
    import json

    res = himjobs("search", "--db", seeded_db, "--text", value, "--format", "json")
    with Store(seeded_db) as store:
        left = store.count()
    found = {p["external_id"] for p in json.loads(res.out or "[]")} if res.code == 0 else None
    reliability.record(
        "storage",
        f"himjobs search --text {value}",
        stored=left,
        lost=3 - left,
        errors=0,
        outcome=f"exit {res.code}; matched {sorted(found or [])} literally",
    )
    assert res.code == 0, res.err
    assert found == expected
    assert left == 3  # the table is still there, with every row


# --- himjobs crawl: unsafe --api-base and bad --boards files, refused before any work ---------

CRAWL_CASES = [
    (
        "--api-base file:///etc/passwd",
        ["greenhouse", "--api-base", "file:///etc/passwd"],
        "only http(s)",
    ),
    (
        "--api-base a private address",
        ["greenhouse", "--api-base", "http://10.1.2.3"],
        "refusing private",
    ),
    (
        "--api-base the cloud metadata address",
        ["greenhouse", "--api-base", "http://169.254.169.254/latest"],
        "refusing private",
    ),
    (
        "--api-base with credentials",
        ["greenhouse", "--api-base", "http://u:pw@example.org"],
        "credentials",
    ),
    ("--boards non-UTF-8", ["--boards", "latin.toml"], "latin.toml"),
    ("--boards nested 100,000 deep", ["--boards", "deep.toml"], "nested too deeply"),
    ("--boards a 50 MB file", ["--boards", "big.toml"], "big.toml"),
]


@pytest.mark.parametrize(
    ("label", "args", "fragment"), CRAWL_CASES, ids=[c[0] for c in CRAWL_CASES]
)
def test_crawl_refuses_bad_input_before_any_work(
    himjobs, tmp_path: Path, reliability, label, args, fragment
) -> None:
    (tmp_path / "latin.toml").write_bytes(b'[greenhouse]\nboards = ["caf\xe9"]\n')
    (tmp_path / "deep.toml").write_text("x = " + "[" * 100_000 + "]" * 100_000, "utf-8")
    _huge_sparse(tmp_path / "big.toml")
    before = _snapshot(tmp_path)
    env = {"HIMJOBS_LOCK_DIR": str(tmp_path / "locks")}
    # in this process: it must stop before any work, so it never needs a reactor of its own
    db = f"sqlite:///{tmp_path / 'crawl.db'}"
    res = himjobs("crawl", "--db", db, *args, env=env, subprocess_=False)
    line = _one_error_line(res, reliability, "bad input: CLI", f"himjobs crawl {label}")
    assert res.code == 2
    assert fragment in line
    assert _snapshot(tmp_path) == before  # no database, no run, no lock file
