"""The CLI's contract: JSON Schema for tools, one-line errors and non-zero exits for mistakes."""

from __future__ import annotations

import json


def test_schema_prints_every_public_model(himjobs) -> None:
    res = himjobs("schema")
    assert res.code == 0, res.err
    doc = json.loads(res.out)
    assert {"Posting", "Requirements", "CandidateProfile", "MatchResult", "Pay"} <= set(doc)
    assert "education_required" in doc["Requirements"]["properties"]


def test_schema_of_one_model(himjobs) -> None:
    res = himjobs("schema", "Pay")
    assert res.code == 0
    assert set(json.loads(res.out)["properties"]) == {"min", "max", "period", "currency"}


def test_unknown_model_is_one_line_error(himjobs) -> None:
    res = himjobs("schema", "Resume")
    assert res.code == 2
    assert res.out == ""
    lines = [line for line in res.err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Resume" in lines[0] and "Traceback" not in res.err


def test_unknown_command_fails(himjobs) -> None:
    # a real `python -m himjobs` process: the entry point's exit status, not main()'s return
    res = himjobs("frobnicate", subprocess_=True)
    assert res.code != 0
    assert "Traceback" not in res.err
