"""Hostile profile files: load_profile gives one bounded SchemaError line, fast, never a crash.

tests/schemas/test_profile_loading.py covers ordinary mistakes; these are the files a careless
export or a malicious one produces (wrong types, dates where numbers go, alias bombs, deep
nesting, 50 MB, other encodings).
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from schemas import SchemaError, load_profile

ALIAS_BOMB = "".join(
    [
        'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n',
        *(
            f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n"
            for a, b in zip("abcdefg", "bcdefgh", strict=True)
        ),
    ]
)

#: Python allocations while one hostile file is refused (tracemalloc): the largest legitimate
#: profile is a few KB, a YAML alias bomb expanded is hundreds of MB.
MAX_PEAK_BYTES = 16 * 2**20

CASES = [
    # (label, file name, content, fragments the one line must hold)
    (
        "text where a number goes",
        "t1.toml",
        'experience_years = "lots"',
        ["experience_years", "number"],
    ),
    (
        "a string where a list goes",
        "t2.json",
        '{"certifications": "RHIT"}',
        ["certifications", "list"],
    ),
    (
        "a TOML date where a number goes",
        "t3.toml",
        "experience_years = 2019-05-27",
        ["experience_years"],
    ),
    ("an impossible TOML date", "t4.toml", "experience_years = 2019-13-45", ["not valid TOML"]),
    ("a YAML date where a city goes", "t5.yaml", "city: 2024-01-01\n", ["city", "string"]),
    (
        "unknown pending certification code",
        "t6.json",
        '{"pending_certifications": ["ZZQ"]}',
        ["pending_certifications", "ZZQ"],
    ),
    (
        "unknown pay period",
        "t7.toml",
        '[min_pay]\nmin = 18\nperiod = "fortnight"\n',
        ["min_pay.period", "fortnight"],
    ),
    ("bad zip code", "t8.json", '{"zip": "9021O"}', ["zip"]),
    ("boolean where a number goes", "t9.yaml", "experience_years: [true]\n", ["experience_years"]),
    ("Latin-1 bytes", "e1.toml", 'city = "Montr\xe9al"'.encode("latin-1"), ["not UTF-8"]),
    ("UTF-16 with a BOM", "e2.json", '{"city": "Austin"}'.encode("utf-16"), ["not UTF-8"]),
    (
        "YAML alias bomb (2 KB, 43 million items)",
        "b1.yaml",
        ALIAS_BOMB.replace("h: &h", "shifts:"),
        ["shifts", "not allowed"],
    ),
    (
        "YAML alias bomb in a literal field",
        "b2.yaml",
        ALIAS_BOMB.replace("h: &h", "education:"),
        ["education", "not allowed"],
    ),
    (
        "JSON nested 100,000 deep",
        "d1.json",
        '{"skills": ' + "[" * 100_000 + "]" * 100_000 + "}",
        ["nested too deeply"],
    ),
    (
        "YAML nested 100,000 deep",
        "d2.yaml",
        "skills: " + "[" * 100_000 + "]" * 100_000,
        ["nested too deeply"],
    ),
    (
        "TOML nested 100,000 deep",
        "d3.toml",
        "skills = " + "[" * 100_000 + "]" * 100_000,
        ["nested too deeply"],
    ),
    (
        "60 unknown fields",
        "m1.json",
        "{" + ", ".join(f'"f{i}": 1' for i in range(60)) + "}",
        ["f0", "unknown field", "and 55 more problems"],
    ),
]


@pytest.mark.parametrize(
    ("label", "name", "content", "fragments"), CASES, ids=[c[0] for c in CASES]
)
def test_hostile_profile_is_one_bounded_line(
    tmp_path: Path, reliability, label: str, name: str, content: str | bytes, fragments: list[str]
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(SchemaError) as info:
            load_profile(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(info.value)
    reliability.record(
        "bad input: profile",
        f"load_profile: {label}",
        errors=1,
        outcome=f"one line, {len(message)} chars: {message[len(str(path)) + 2 :][:90]}",
    )
    assert "\n" not in message
    assert message.startswith(str(path))
    assert len(message) < 2000  # a bomb must not become a 200 MB error line
    # a bomb is refused before it grows: no expansion, no deep tree (load-proof, unlike a timing)
    assert peak < MAX_PEAK_BYTES, f"{peak / 2**20:.1f} MB"
    for fragment in fragments:
        assert fragment in message


def test_fifty_megabyte_profile_is_refused_without_reading_it(tmp_path: Path, reliability) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(SchemaError, match="too large for a profile") as info:
            load_profile(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    reliability.record(
        "bad input: profile",
        "load_profile: a 50 MB file",
        errors=1,
        outcome="refused by its size before reading",
    )
    assert "\n" not in str(info.value)
    assert peak < 2**20  # not read: well under a megabyte of the 50
