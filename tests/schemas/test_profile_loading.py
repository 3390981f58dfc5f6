"""Profiles load from TOML, YAML or JSON; bad ones fail with one line naming file and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemas import SchemaError, load_profile

GOOD = {
    "education": "high_school",
    "certifications": ["CBCS"],
    "pending_certifications": ["CCA"],
    "experience_years": 0.5,
    "state": "TX",
    "workplaces": ["on_site", "remote"],
    "shifts": ["day"],
    "min_pay": {"min": 17, "period": "hour"},
}


def _write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize("fmt", ["toml", "yaml", "json"])
def test_same_profile_in_three_formats(tmp_path: Path, fmt: str) -> None:
    if fmt == "json":
        text = json.dumps(GOOD)
    elif fmt == "yaml":
        import yaml

        text = yaml.safe_dump(GOOD)
    else:
        text = (
            'education = "high_school"\ncertifications = ["CBCS"]\n'
            'pending_certifications = ["CCA"]\n'
            'experience_years = 0.5\nstate = "TX"\nworkplaces = ["on_site", "remote"]\n'
            'shifts = ["day"]\n[min_pay]\nmin = 17\nperiod = "hour"\n'
        )
    profile = load_profile(_write(tmp_path, f"me.{fmt}", text))
    assert profile.certifications == ["CBCS"]
    assert profile.pending_certifications == ["CCA"]
    assert profile.experience_years == 0.5
    assert profile.min_pay is not None and profile.min_pay.hourly() == (17.0, None)


@pytest.mark.parametrize(
    ("name", "text", "fragments"),
    [
        ("a.toml", 'education = "phd-ish"', ["a.toml", "education", "high_school", "phd-ish"]),
        ("b.yaml", "state: Texass\n", ["b.yaml", "state", "Texass"]),
        ("c.json", '{"experience_years": -2}', ["c.json", "experience_years", "greater than"]),
        (
            "d.toml",
            'certifications = ["RHIT", "NOPE"]',
            ["d.toml", "certifications", "NOPE", "RHIA"],
        ),
        ("e.json", '{"shifts": ["graveyard"]}', ["e.json", "shifts", "graveyard", "night"]),
        ("f.toml", "education = ", ["f.toml", "not valid TOML"]),
        ("g.json", "[1, 2]", ["g.json", "mapping"]),
        ("h.txt", "x", ["h.txt", "unknown format"]),
        ("i.yaml", "favourite_colour: blue\n", ["i.yaml", "favourite_colour", "unknown field"]),
        ("j.json", b'{"city": "\xff\xfe"}', ["j.json", "not UTF-8"]),
    ],
)
def test_bad_profiles_fail_with_one_clear_line(
    tmp_path: Path, name: str, text: str | bytes, fragments: list[str]
) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(SchemaError) as info:
        load_profile(path)
    message = str(info.value)
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message


def test_missing_and_huge_files(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="cannot read"):
        load_profile(tmp_path / "absent.toml")
    huge = _write(tmp_path, "huge.json", '{"city": "' + "x" * 400_000 + '"}')
    with pytest.raises(SchemaError, match="too large"):
        load_profile(huge)


def test_profile_nested_under_profile_table(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.toml", '[profile]\neducation = "associate"\nstate = "Ohio"\n')
    profile = load_profile(path)
    assert (profile.education, profile.state) == ("associate", "OH")
