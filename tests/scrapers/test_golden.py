"""Every format's golden pairs: the payload parsed equals the expected Postings beside it.

The pairs are found by file name (tests/scrapers/_golden.py says how to add one).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scrapers._golden import FIXTURES, READERS, expected_files, parsed, read_expected

CASES = expected_files()
IDS = [str(p.relative_to(FIXTURES)).removesuffix(".expected.json") for p in CASES]


@pytest.mark.parametrize("expected", CASES, ids=IDS)
def test_golden_pair(expected: Path) -> None:
    assert parsed(expected) == read_expected(expected)


def test_every_format_has_a_golden_pair() -> None:
    assert {p.parent.name for p in CASES} == set(READERS)
