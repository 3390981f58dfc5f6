"""What matcher gives for a set of inputs, one JSON string an output, for test_compiled.py.

Run as a script (``python -P -s _compiled_outputs.py`` with the inputs as JSON on stdin) by the
pure interpreter and by the compiled build's alike, so both run the same calls: extract() of
every case, then for each profile match() of every posting, rank()'s order and gaps(). It imports
only matcher and schemas, which the compiled build's venv has installed.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
from datetime import datetime
from typing import Any

from matcher import extract, gaps, match, rank
from schemas import CandidateProfile, Hints, Posting

#: match() flags a closing date past this as a relaxed preference: fixed, so both runs agree
TODAY = datetime(2026, 1, 15)


def outputs(cases: list[dict[str, Any]], profiles: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    postings: list[Posting] = []
    for i, case in enumerate(cases):
        hints = Hints.model_validate(case.get("hints") or {})
        req = extract(case["text"], title=case.get("title"), hints=hints)
        out.append(req.model_dump_json())
        postings.append(
            Posting(
                source="compiled",
                external_id=str(i),
                url=f"https://example.org/{i}",
                title=case.get("title") or "Medical Records Clerk",
                requirements=req,
            )
        )
    for raw in profiles:
        profile = CandidateProfile.model_validate(raw)
        results = [match(p, profile, today=TODAY) for p in postings]
        out += [r.model_dump_json(exclude={"posting"}) for r in results]
        out.append(json.dumps([r.posting.external_id for r in rank(results) if r.posting]))
        out += [json.dumps(dataclasses.asdict(g)) for g in gaps(postings, profile)]
    return out


if __name__ == "__main__":
    data = json.load(sys.stdin)
    json.dump(
        {
            # the file extract() was loaded from: .py, or the compiled build's extension
            "module": getattr(importlib.util.find_spec("matcher._extract"), "origin", ""),
            "outputs": outputs(data["cases"], data["profiles"]),
        },
        sys.stdout,
    )
