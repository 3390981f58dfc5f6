"""matcher.extract on a job board's experience areas with long labels (session 17, s17layout;
tests/matcher/test_extract_layout.py, head_own_line): an area's label of 41 to 46 characters
on its own line over its years ("Release of information or chart correction:" / "2 years
(Required)") reads as on one line, as a shorter label did. Our own wording; the three labels
within the bound failed on main 268119f (the 48-character one, past any label, is read inline
only)."""

from __future__ import annotations

import pytest

from matcher import extract

#: (area label, years, level) of the first area; a second, shorter area follows it.
AREAS: list[tuple[str, float, str]] = [
    ("Release of information or chart correction", 2.0, "Required"),  # 44 characters
    ("Abstracting for the state trauma registry", 1.0, "Required"),  # 41
    ("Physician query follow-up in a teaching hospital", 3.0, "Required"),  # 48: no label
    ("Deficiency analysis or record completion work", 0.5, "Preferred"),  # 46
]


def _posting(label: str, years: float, level: str, *, own_line: bool) -> str:
    span = f"{int(years * 12)} months" if years < 1 else f"{int(years)} years"
    sep = ":\n" if own_line else ": "
    return (
        "HIM Technician\n\nQualifications\nEducation:\nHigh school or equivalent (Required)\n"
        f"Experience:\n{label}{sep}{span} ({level})\nEpic{sep}1 year (Preferred)\n"
        "Work Location: Remote"
    )


@pytest.mark.parametrize(("label", "years", "level"), AREAS)
def test_a_long_area_label_over_its_years_reads_as_one_line(
    label: str, years: float, level: str
) -> None:
    inline = extract(_posting(label, years, level, own_line=False))
    own = extract(_posting(label, years, level, own_line=True))
    got = (own.experience_years_required, own.experience_years_preferred)
    if len(label) + 1 <= 47:
        assert got == (inline.experience_years_required, inline.experience_years_preferred)
    if level == "Required":
        assert inline.experience_years_required == years
