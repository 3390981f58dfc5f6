"""matcher.extract on a requirements table whose columns are the minimum and what is preferred
(issue 15, session 13, lead; our own words). Read row by row, "High school diploma | Associate
degree in HIT" shared one line and one section: the diploma was read as preferred and nothing as
required. Read column by column, each heading is over its own cells, as a section is."""

from __future__ import annotations

from matcher import extract
from matcher._text import to_text

_TWO_COLUMNS = (
    "<table><tr><th>Minimum Qualifications</th><th>Preferred Qualifications</th></tr>"
    "<tr><td>High school diploma</td><td>Associate degree in HIT</td></tr>"
    "<tr><td>1 year of office experience</td><td>3 years of HIM experience</td></tr>"
    "<tr><td>None</td><td>RHIT</td></tr></table>"
)


def test_a_minimum_and_a_preferred_column() -> None:
    got = extract(_TWO_COLUMNS)
    assert (got.education_required, got.education_preferred) == ("high_school", "associate")
    assert (got.experience_years_required, got.experience_years_preferred) == (1.0, 3.0)
    assert [(g.any_of, g.level) for g in got.certifications] == [(["RHIT"], "preferred")]


def test_required_and_nice_to_have_columns() -> None:
    got = extract(
        "<table><tr><th>Required</th><th>Nice to have</th></tr>"
        "<tr><td>CPC or CCS</td><td>CRC</td></tr>"
        "<tr><td>2 years of outpatient coding</td><td>Epic</td></tr></table>"
    )
    assert [(g.any_of, g.level) for g in got.certifications] == [
        (["CPC", "CCS"], "required"),
        (["CRC"], "preferred"),
    ]
    assert got.experience_years_required == 2.0


def test_other_tables_are_read_row_by_row() -> None:
    """Near-misses: a table of fields and values, and one with no preferred column, keep their
    rows."""
    assert (
        to_text(
            "<table><tr><td>Shift</td><td>Days</td></tr><tr><td>Pay</td><td>$18/hr</td></tr></table>"
        )
        == "Shift Days\nPay $18/hr"
    )
    text = to_text(
        "<table><tr><th>Minimum</th><th>Details</th></tr>"
        "<tr><td>Diploma</td><td>or GED</td></tr></table>"
    )
    assert text == "Minimum Details\nDiploma or GED"
