"""Record what each fault / bad-input test saw, for docs/reliability.md.

A test takes the ``reliability`` fixture and calls ``reliability.record(...)`` with the fault it
tried and what happened (postings stored / lost, errors recorded, a short outcome). When
$HIMJOBS_RELIABILITY_OUT names a file, every record is appended to it as one JSON line once the
test's call phase ends, together with whether the test passed; otherwise recording costs nothing.
``python -m tests.reliability_report FILE`` turns the lines into the markdown table.

One JSON line per record and append-only writes keep this safe under pytest-xdist: each worker
appends its own short lines to the same file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import pytest

ENV_OUT = "HIMJOBS_RELIABILITY_OUT"
_ROWS_ATTR = "_himjobs_reliability_rows"


@dataclass
class Row:
    """One fault or bad input and what the product did with it."""

    group: str
    fault: str
    stored: int | None = None
    lost: int | None = None
    errors: int | None = None
    outcome: str = ""
    test: str = ""
    result: str = ""


@dataclass
class Recorder:
    test: str
    rows: list[Row] = field(default_factory=list)

    def record(
        self,
        group: str,
        fault: str,
        *,
        stored: int | None = None,
        lost: int | None = None,
        errors: int | None = None,
        outcome: str = "",
    ) -> None:
        self.rows.append(Row(group, fault, stored, lost, errors, outcome, self.test))


@pytest.fixture
def reliability(request: pytest.FixtureRequest) -> Iterator[Recorder]:
    """A Recorder whose rows are written (with the test's result) after the test runs."""
    rec = Recorder(request.node.nodeid)
    setattr(request.node, _ROWS_ATTR, rec.rows)
    yield rec


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    out = os.environ.get(ENV_OUT)
    rows: list[Row] = getattr(item, _ROWS_ATTR, [])
    if out and rows and report.when == "call":
        lines = []
        for row in rows:
            row.result = report.outcome
            lines.append(json.dumps(asdict(row), ensure_ascii=False) + "\n")
        # One write per test in append mode: lines from parallel workers never interleave.
        with open(out, "a", encoding="utf-8") as fh:
            fh.write("".join(lines))
    return report
