"""Relevance filter: every labelled dev row, the held-out eval quality gate, and edge cases."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher._relevance import Relevance, is_relevant, normalise_title, relevance
from tests._cost import best_of

DATA = Path(__file__).resolve().parents[1] / "data" / "relevance_titles.csv"
TARGET = 0.97


def _rows(split: str) -> list[dict[str, str]]:
    with DATA.open(newline="", encoding="utf-8") as fh:
        return [row for row in csv.DictReader(fh) if row["split"] == split]


def _scores(rows: list[dict[str, str]]) -> tuple[float, float]:
    tp = fp = fn = 0
    for row in rows:
        got = is_relevant(row["title"], row["context"])
        want = row["relevant"] == "1"
        tp += got and want
        fp += got and not want
        fn += want and not got
    return tp / (tp + fp), tp / (tp + fn)


# Known misses found while writing the rules (not in the csv), as (title, context, relevant); the
# strict xfail turns a fix into a failure so the list is kept honest.
KNOWN_MISSES: list[tuple[str, str, bool]] = [
    # A hard drop word in a suffix wins over the records core.
    ("Medical Records Clerk - Court Liaison", "hospital", True),
    # Release-of-information work talks about courts and law firms more than about the hospital.
    ("Records Clerk", "Hospital: answer court subpoenas and law firm requests", True),
]


def test_labelled_data_is_large_and_balanced() -> None:
    dev, ev = _rows("dev"), _rows("eval")
    assert len(dev) + len(ev) >= 350
    assert len(ev) >= 0.3 * (len(dev) + len(ev))
    share = sum(r["relevant"] == "1" for r in dev + ev) / len(dev + ev)
    assert 0.45 <= share <= 0.65


@pytest.mark.parametrize("row", _rows("dev"), ids=lambda r: f"{r['title']}|{r['context']}"[:60])
def test_dev_row(row: dict[str, str]) -> None:
    got = relevance(row["title"], row["context"])
    assert got.keep is (row["relevant"] == "1"), got


def test_eval_split_meets_target() -> None:
    precision, recall = _scores(_rows("eval"))
    assert precision >= TARGET, precision
    assert recall >= TARGET, recall


@pytest.mark.parametrize(
    ("title", "context", "want"),
    [pytest.param(*m, marks=pytest.mark.xfail(strict=True)) for m in KNOWN_MISSES],
)
def test_known_misses(title: str, context: str, want: bool) -> None:
    assert is_relevant(title, context) is want


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Med Rec Tech II - PRN - Nights", "medical records technician"),
        ("H.I.M. Specialist (Remote)", "health information management specialist"),
        ("ROI Specialist I", "release of information specialist"),
        ("Medical Billing & Coding Specialist", "medical billing and coding specialist"),
        ("Medical Records Technician GS-0675-05", "medical records technician"),
        ("  ", ""),
    ],
)
def test_normalise_title(title: str, expected: str) -> None:
    assert normalise_title(title) == expected


def test_relevance_reports_reason_and_role() -> None:
    assert relevance("Medical Records Clerk - PRN") == Relevance(
        True, "title", "medical records clerk"
    )
    dropped = relevance("Police Records Specialist")
    assert dropped.keep is False and dropped.reason == "drop-word:police"
    assert relevance("Records Clerk").reason == "no-health-context"
    assert relevance("Records Clerk", "Sheriff's office").reason == "non-health-context"
    assert relevance("Scanning Clerk", "HIPAA, Epic, patient charts").reason == "title+context"


def test_high_school_diploma_is_not_school_context() -> None:
    text = "Hospital records department. High school diploma required; school transcripts ok."
    # "school" once outside "high school", health twice: health wins.
    assert is_relevant("Records Clerk", text)


def test_long_posting_text_is_read_in_bounded_time() -> None:
    head = "patient charts at our hospital. " + "nothing here " * 1_000
    text = head + "nothing here " * 200_000 + "police " * 100
    # Only the start of the text is read, so the police words at the end do not count,
    assert is_relevant("Records Clerk", text) is True
    # and 2.6 MB cost about what its first 13 KB do (timed in the same process: tests._cost)
    long = best_of(2, lambda: is_relevant("Records Clerk", text))
    assert long < 10 * best_of(2, lambda: is_relevant("Records Clerk", head)) + 0.05


def test_empty_and_junk_titles() -> None:
    for title in ["", "   ", "!!!", "II - PRN", "\u00a0"]:
        assert is_relevant(title) is False


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=300))
def test_relevance_never_raises_and_is_deterministic(title: str, text: str) -> None:
    first = relevance(title, text)
    assert first == relevance(title, text)
    assert first.keep is is_relevant(title, text)
    assert normalise_title(normalise_title(title)) == normalise_title(title)


# Cases found after the labelled set was scored (not in the csv), kept as regressions.
BUGS_CAUGHT = [
    # More than eight longer entries scored 100 and hid the exact two-word entry.
    ("Medical Records", "", True),
    ("Health Information Analyst", "", True),
    ("Health Information Management (HIM) Clerk", "", True),
    ("Hospital Unit Clerk", "", False),
    ("Coder - Remote", "", False),
]


@pytest.mark.parametrize(("title", "context", "want"), BUGS_CAUGHT)
def test_bugs_caught(title: str, context: str, want: bool) -> None:
    assert is_relevant(title, context) is want


def test_records_task_titles_are_kept_bare_and_dropped_in_clinical_imaging() -> None:
    # docs/domain.md counts scanning and indexing clerks as records roles: a bare title is kept...
    for title in ["Scanning and Indexing Clerk", "Indexing Specialist I", "Document Imaging Clerk"]:
        verdict = relevance(title)
        assert verdict.keep and verdict.reason == "title", (title, verdict)
    # ...a text still decides when there is one...
    assert relevance("Scanning Clerk", "title insurance agency, closing files").keep is False
    assert relevance("Indexing Clerk", "county court land deeds").reason == "non-health-context"
    # ...and clinical imaging is another occupation, unless records work is named.
    assert relevance("CT Scanning Technician").reason == "clinical-imaging"
    assert relevance("Scanning Tech", "sonography suite, abdominal scans").reason == (
        "clinical-imaging"
    )
    assert relevance("Scanning Tech", "radiology: scan film jackets into the record").keep


def test_couriers_are_dropped_as_driving_jobs() -> None:
    for title, text in [("Medical Records Courier", ""), ("Courier", "clinical lab specimens")]:
        assert relevance(title, text).keep is False


def test_settings_named_in_the_plural_count() -> None:
    assert is_relevant("Records Specialist", "scanning for area hospitals and clinics")
    assert not is_relevant("Records Specialist", "serving law firms and courts; health plans too")


# Issue 15 titles kept out of the csv (its eval split must stay >= 30% of the rows): more
# near-misses of the rules the dev rows show (settings named in the title, typos, ROI).
@pytest.mark.parametrize(
    ("title", "context", "want"),
    [
        ("Nursing Home Administrator", "licensed administrator for a 90-bed facility", False),
        ("Charge Nurse - Skilled Nursing", "LPN or RN", False),
        ("Skilled Nursing Coordinator", "coordinates skilled care for residents", False),
        ("Records Clerk - Title & Escrow", "escrow company; health benefits", False),
        ("Medical Reocrds Technician (Scanning)", "", True),
        ("Release of Information Specialist - Patient Financial Services", "hospital", True),
    ],
)
def test_issue_15_titles(title: str, context: str, want: bool) -> None:
    assert is_relevant(title, context) is want


# A front-end or unit clerical role beside a records role (session 12): kept as the records role,
# as "Front Desk / Medical Records Clerk" already was; alone, or beside another front-end role, or
# with the records part only as a department, still dropped.
DUAL_TITLES = [
    ("Unit Secretary / Medical Records Clerk", "hospital", True),
    ("Registration & Medical Records Clerk", "clinic", True),
    ("Patient Access / HIM Specialist", "hospital", True),
    ("Medical Records Clerk / Registration", "urgent care", True),
    ("Ward Clerk and Records Clerk", "hospital", True),
    ("Front Desk / Medical Records Clerk", "clinic", True),
    # near-misses
    ("Ward Clerk and Records Clerk", "city police department records unit", False),
    ("Unit Secretary/Health Unit Coordinator", "inpatient unit", False),
    ("Unit Clerk / Receptionist", "hospital", False),
    ("Patient Access and Health Information Manager", "hospital", False),
    ("Registration Clerk - Medical Records Dept", "hospital", False),
    ("Patient Access Representative", "hospital", False),
]


@pytest.mark.parametrize(("title", "context", "want"), DUAL_TITLES)
def test_a_front_end_role_beside_a_records_role(title: str, context: str, want: bool) -> None:
    assert is_relevant(title, context) is want
