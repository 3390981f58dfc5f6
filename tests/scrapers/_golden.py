"""Golden pairs for format parsers: input payload + expected postings JSON beside it.

Regenerate an expected file (then review its diff by hand!) with
``python -m tests.scrapers._golden SOURCE`` .
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def dump(postings: list[Any]) -> list[dict[str, Any]]:
    return [p.model_dump(mode="json") for p in postings]


def expected(source: str, name: str) -> list[dict[str, Any]]:
    return json.loads((FIXTURES / source / name).read_text(encoding="utf-8"))


def cases() -> dict[str, Any]:
    from scrapers.formats import ashby, greenhouse, lever, smartrecruiters

    def load(path: str) -> Any:
        return json.loads((FIXTURES / path).read_text(encoding="utf-8"))

    sr = [
        smartrecruiters.posting(load(f"smartrecruiters/mercyview_{i}.json"), board="Mercyview")
        for i in ("744000091234567", "744000091234568", "744000091234590")
    ]
    gh = greenhouse.parse(load("greenhouse/northridge_jobs.json"), board="northridgehealth")
    gh_pay = greenhouse.posting(
        load("greenhouse/northridge_jobs.json")["jobs"][0],
        board="northridgehealth",
        detail=load("greenhouse/northridge_job_5120031_pay.json"),
    )
    return {
        ("greenhouse", "northridge_expected.json"): gh + [gh_pay],
        ("lever", "lakeshore_expected.json"): lever.parse(
            load("lever/lakeshore_page1.json") + load("lever/lakeshore_page2.json"),
            board="lakeshoremed",
        ),
        ("smartrecruiters", "mercyview_expected.json"): sr,
        ("ashby", "harborpoint_expected.json"): ashby.parse(
            load("ashby/harborpoint.json"), board="Harbor Point Clinics"
        ),
    }


if __name__ == "__main__":
    for (source, name), postings in cases().items():
        if source in sys.argv[1:]:
            path = FIXTURES / source / name
            path.write_text(json.dumps(dump(postings), indent=1, ensure_ascii=False) + "\n")
            print("wrote", path)
