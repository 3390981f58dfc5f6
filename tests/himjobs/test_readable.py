"""Issue #16, "Readable everywhere": the real command at 80 columns, in a pipe, on a terminal,
as CSV for a spreadsheet, and its --help."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from tests._cli import run_on_terminal
from tests.himjobs._world import LONG_TITLE, POSTINGS, build

BOX = re.compile("[\u2500-\u257f]")


@pytest.fixture
def url(tmp_path: Path) -> str:
    return build(tmp_path)


def _words_whole(text: str, phrases: list[str]) -> None:
    tokens = set(re.findall(r"[A-Za-z]+", text))
    for phrase in phrases:
        for word in re.findall(r"[A-Za-z]+", phrase):
            assert word in tokens, f"{word!r} split or missing"


def test_search_piped_at_80_columns_is_blocks_of_whole_words(himjobs, url) -> None:
    res = himjobs("search", "--db", url, env={"COLUMNS": "80"})
    assert res.code == 0, res.err
    assert not BOX.search(res.out)
    assert max(len(line) for line in res.out.splitlines()) <= 80
    _words_whole(res.out, [p.title for p in POSTINGS] + ["Lakeside Regional Health"])
    # one block per posting: the title heads it, the facts follow as "label: value"
    assert re.search(rf"^\d+  {LONG_TITLE}$", res.out, re.M)
    assert re.search(r"^  employer: +Lakeside Regional Health$", res.out, re.M)


def test_search_piped_wide_is_a_plain_table(himjobs, url) -> None:
    res = himjobs("search", "--db", url, env={"COLUMNS": "250"})
    assert res.code == 0, res.err
    assert not BOX.search(res.out)
    lines = res.out.splitlines()
    header = next(line for line in lines if line.startswith("id "))
    assert "pay per hour" in header and "employer" in header
    assert any(LONG_TITLE in line and "Lubbock, TX" in line for line in lines)


def test_match_at_80_columns_never_splits_a_word(himjobs, url) -> None:
    res = himjobs("match", "me.toml", "--db", url, "--near-misses", env={"COLUMNS": "80"})
    assert res.code == 0, res.err
    assert not BOX.search(res.out)
    assert max(len(line) for line in res.out.splitlines()) <= 80
    _words_whole(res.out, [p.title for p in POSTINGS])


def test_terminal_gets_a_box_table_when_it_fits(url, tmp_path: Path) -> None:
    res = run_on_terminal(
        "-m", "himjobs", "search", "--db", url, cwd=tmp_path, env={"COLUMNS": "250"}, timeout=120
    )
    assert res.code == 0, res.err
    text = res.out
    assert BOX.search(text) and LONG_TITLE in text


def test_match_csv_has_a_column_per_fact_and_verdict(himjobs, url) -> None:
    res = himjobs("match", "me.toml", "--db", url, "--near-misses", "--format", "csv")
    assert res.code == 0, res.err
    rows = {r["title"]: r for r in csv.DictReader(io.StringIO(res.out))}
    night = rows[LONG_TITLE]
    assert night["pay_min_per_hour"] == "24.00" and night["pay_max_per_hour"] == "24.00"
    assert night["state"] == "TX" and night["shift"] == "night" and night["type"] == "part_time"
    assert night["posted"] == "2026-03-01" and night["verdict_shifts"] == "not_met"
    assert night["verdict_education"] == "met" and night["verdict_employment_types"] == "met"
    fits = rows["Medical Records Specialist"]
    assert (fits["pay_min_per_hour"], fits["pay_max_per_hour"]) == ("19.00", "21.00")
    assert rows["Coding Technician"]["verdict_certifications"] == "not_met"
    assert rows["Coding Technician"]["kind"] == "near_miss"


def test_search_csv_has_separate_fact_columns(himjobs, url) -> None:
    res = himjobs("search", "--db", url, "--format", "csv")
    rows = {r["title"]: r for r in csv.DictReader(io.StringIO(res.out))}
    assert rows[LONG_TITLE]["pay_min_per_hour"] == "24.00"
    assert rows[LONG_TITLE]["shift"] == "night" and rows[LONG_TITLE]["state"] == "TX"


def test_help_reads_plainly(himjobs) -> None:
    top = himjobs("--help", env={"COLUMNS": "80"})
    assert top.code == 0
    commands = re.findall(r"^  (\w+) ", top.out.split("Commands:")[1], re.M)
    assert commands[:6] == ["demo", "crawl", "match", "gaps", "search", "show"]
    search = himjobs("search", "--help", env={"COLUMNS": "80"})
    assert "<str>" not in search.out and "<bool>" not in search.out
    assert "--no-no-cert" not in search.out and "--no-cert" in search.out
    # allowed values listed, env var name whole on one line
    assert "on_site|hybrid|remote" in search.out
    assert "day|evening|night|weekend|rotating" in search.out
    assert "HIMJOBS_DATABASE_URL]" in search.out
    assert max(len(line) for line in search.out.splitlines()) <= 80
    version = himjobs("--version")
    assert version.code == 0 and re.fullmatch(r"himjobs \d+\.\d+\S*\n", version.out)


def test_gaps_wrapped_in_a_pipe_indent_their_second_line(himjobs, url) -> None:
    # a wrapped gap line must not read as the next gap (README: `himjobs gaps`)
    res = himjobs("gaps", "me.toml", "--db", url, env={"COLUMNS": "40"})
    assert res.code == 0, res.err
    lines = res.out.splitlines()[1:]
    assert len(lines) > 1
    for line in lines:
        assert re.match(r"\S+: \+\d+ postings?,", line) or line.startswith("  "), line
    assert max(len(line) for line in lines) <= 40


def test_search_blocks_say_education_and_experience_in_words(himjobs, url) -> None:
    res = himjobs("search", "--db", url, env={"COLUMNS": "80"})
    assert res.code == 0, res.err
    assert re.search(r"^  education: +high school diploma or GED$", res.out, re.M)
    assert "high_school" not in res.out
    # CSV keeps what a program reads
    doc = himjobs("search", "--db", url, "-f", "csv")
    assert {row["education"] for row in csv.DictReader(io.StringIO(doc.out))} == {"high_school"}


def test_runs_blocks_name_the_run(himjobs, url) -> None:
    res = himjobs("runs", "--db", url, env={"COLUMNS": "40"})
    assert res.code == 0, res.err
    # a lone "1" over the block would name nothing
    assert re.search(r"^id \d+$", res.out, re.M), res.out
    assert not BOX.search(res.out)


def test_profile_init_questions_fit_80_columns(himjobs, tmp_path: Path) -> None:
    # README: `himjobs profile init my-profile.toml`; a prompt with its allowed values ran to
    # 100 columns, and a terminal split its words where it wrapped
    res = himjobs("profile", "init", "mine.toml", stdin="\n" * 20, env={"COLUMNS": "80"})
    assert res.code == 0, res.err
    assert max(len(line) for line in res.out.splitlines()) <= 80
    _words_whole(res.out, ["full_time part_time per_diem temporary contract internship"])
    assert "\n  internship; empty: any)\n> " in res.out  # a wrapped question is indented
