"""Golden pairs for the format parsers, found by file name (as extruct's tests/samples are).

A pair is a payload in the source's real shape and the Postings expected from it, side by side in
the format's fixture folder (where the mock server's routes also serve the payload from):

    tests/fixtures/<format>/NAME.<ext>            the payload (.json, .html, .csv)
    tests/fixtures/<format>/NAME.expected.json    the expected Postings, as JSON
    tests/fixtures/<format>/NAME.args.json        keyword arguments for the parser (optional)

Adding a case is adding the files: ``tests/scrapers/test_golden.py`` collects every
``*.expected.json``. Write or rewrite expected files (then review the diff by hand!) with
``python -m tests.scrapers._golden FORMAT [NAME ...]``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXPECTED = ".expected.json"
ARGS = ".args.json"
PAYLOAD_SUFFIXES = (".json", ".html", ".csv")


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _greenhouse(path: Path, *, board: str, listed_in: str | None = None) -> list[Any]:
    """A board's job list; or, with ``listed_in`` (the list's file name), one job's detail
    response (?pay_input_ranges=true) read together with that job's entry in the list."""
    from scrapers.formats import greenhouse

    payload = _json(path)
    if listed_in is None:
        return greenhouse.parse(payload, board=board)
    (job,) = [j for j in _json(path.with_name(listed_in))["jobs"] if j["id"] == payload["id"]]
    return [greenhouse.posting(job, board=board, detail=payload)]


def _lever(path: Path, *, board: str) -> list[Any]:
    from scrapers.formats import lever

    return lever.parse(_json(path), board=board)


def _smartrecruiters(path: Path, *, board: str) -> list[Any]:
    from scrapers.formats import smartrecruiters

    return [smartrecruiters.posting(_json(path), board=board)]


def _ashby(path: Path, *, board: str) -> list[Any]:
    from scrapers.formats import ashby

    return ashby.parse(_json(path), board=board)


def _usajobs(path: Path) -> list[Any]:
    from scrapers.formats import usajobs

    return usajobs.parse_search(_json(path))


def _workday(path: Path, *, board_url: str, crawled_at: str, employer: str) -> list[Any]:
    from scrapers.formats import workday

    board = workday.parse_board_url(board_url)
    found = workday.parse_detail(
        _json(path), board=board, crawled_at=datetime.fromisoformat(crawled_at), employer=employer
    )
    return [found] if found is not None else []


def _jsonld(path: Path, *, url: str) -> list[Any]:
    from scrapers.formats import jsonld

    return jsonld.parse_page(path.read_bytes(), url)


def _jobspy(path: Path) -> list[Any]:
    from scrapers.formats import jobspy

    return jobspy.read_csv(path)


#: fixture folder -> the parser a golden payload in it goes through
READERS: dict[str, Callable[..., list[Any]]] = {
    "ashby": _ashby,
    "greenhouse": _greenhouse,
    "jobspy": _jobspy,
    "jsonld": _jsonld,
    "lever": _lever,
    "smartrecruiters": _smartrecruiters,
    "usajobs": _usajobs,
    "workday": _workday,
}


def dump(postings: list[Any]) -> list[dict[str, Any]]:
    return [p.model_dump(mode="json") for p in postings]


def read_expected(expected: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = _json(expected)
    return data


def expected_files() -> list[Path]:
    """Every golden pair's expected file, in a stable order."""
    return sorted(FIXTURES.glob(f"*/*{EXPECTED}"))


def payload_of(expected: Path) -> Path:
    """The payload beside an expected file: same name, any other extension."""
    name = expected.name.removesuffix(EXPECTED)
    found = [
        p
        for p in expected.parent.glob(f"{name}.*")
        if p.name.removeprefix(name) not in (EXPECTED, ARGS) and p.suffix in PAYLOAD_SUFFIXES
    ]
    if len(found) != 1:
        raise LookupError(f"{expected}: want one payload named {name}.<ext>, found {found}")
    return found[0]


def parsed(expected: Path) -> list[dict[str, Any]]:
    """What the format's parser makes of the payload beside ``expected``, as JSON."""
    reader = READERS.get(expected.parent.name)
    if reader is None:
        raise LookupError(f"{expected}: no golden reader for the folder {expected.parent.name!r}")
    args_file = expected.with_name(expected.name.removesuffix(EXPECTED) + ARGS)
    args = _json(args_file) if args_file.exists() else {}
    return dump(reader(payload_of(expected), **args))


def write(expected: Path) -> None:
    text = json.dumps(parsed(expected), indent=1, ensure_ascii=False) + "\n"
    expected.write_text(text, encoding="utf-8")
    print("wrote", expected.relative_to(FIXTURES.parents[1]))


if __name__ == "__main__":
    fmt, *names = sys.argv[1:] or [""]
    if fmt not in READERS:
        formats = ", ".join(sorted(READERS))
        sys.exit(f"usage: python -m tests.scrapers._golden FORMAT [NAME ...]; formats: {formats}")
    folder = FIXTURES / fmt
    wanted = [folder / f"{n}{EXPECTED}" for n in names] or sorted(folder.glob(f"*{EXPECTED}"))
    for path in wanted:
        write(path)
