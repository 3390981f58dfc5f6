"""matcher.extract on routes whose labels stand on their own line (session 17, s17layout;
tests/matcher/test_extract_layout.py, head_own_line): "Option B:" over "A high school diploma
... ." reads as "Option B: A high school diploma ... .", as the same page writes it on one
line, whatever line follows; before, the label opened a section of no kind, so the route and
the lines after it left the requirements. Our own wording; the "Option" and "Pattern" tables
failed on main 268119f ("Path" and the near miss pass on both)."""

from __future__ import annotations

import pytest

from matcher import extract
from schemas import Requirements

_ROUTES = [
    ("Option A", "An associate degree in health information technology and a current RHIT."),
    ("Option B", "A high school diploma or GED and three years of work keeping medical records."),
]
_TAIL = "Either option also asks for the ability to lift 20 pounds.\n\nPay: $21-$25/hr"


def _posting(labels: list[tuple[str, str]], *, own_line: bool) -> str:
    sep = ":\n" if own_line else ": "
    return (
        "Health Records Technician - County Clinic\n\nMinimum Qualifications\n"
        + "\n".join(f"{label}{sep}{text}" for label, text in labels)
        + "\n"
        + _TAIL
    )


def _answers(got: Requirements) -> tuple[object, ...]:
    return (
        got.education_required,
        got.education_substitutable,
        got.experience_years_required,
        sorted((tuple(c.any_of), c.level) for c in got.certifications),
        sorted((p.label, p.education, p.experience_years) for p in got.paths),
    )


LABELS = [
    _ROUTES,
    [("Pattern I", _ROUTES[0][1]), ("Pattern II", _ROUTES[1][1])],
    [("Path 1", _ROUTES[0][1]), ("Path 2", _ROUTES[1][1])],
]


@pytest.mark.parametrize("labels", LABELS)
def test_a_route_label_on_its_own_line_reads_as_on_the_routes_line(
    labels: list[tuple[str, str]],
) -> None:
    inline = extract(_posting(labels, own_line=False))
    own = extract(_posting(labels, own_line=True))
    assert _answers(own) == _answers(inline)
    assert inline.education_required == "high_school"
    assert inline.certifications == []  # the RHIT is one route's


def test_a_route_label_over_a_list_stays_its_heading() -> None:
    """A near miss: the label over its route's marked items is not joined to the first one."""
    got = extract(
        "Minimum Qualifications\nOption A:\n- An associate degree in health information "
        "technology\n- A current RHIT credential\nOption B:\n- A high school diploma or GED\n"
        "- Three years of work keeping medical records"
    )
    evidence = got.evidence["education_required"].text
    assert evidence == "An associate degree in health information technology"
