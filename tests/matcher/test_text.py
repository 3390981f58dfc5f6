"""HTML to text: deep nesting, unparseable markup and script bodies."""

from __future__ import annotations

import pytest

from matcher import extract
from matcher.text import html_to_text


@pytest.mark.parametrize("depth", [50, 300, 1500, 5000, 30_000])
def test_deeply_nested_html_keeps_its_text(depth: int) -> None:
    markup = (
        "<div>" * depth
        + "<p>High school diploma or GED required.</p><ul><li>Day shift</li></ul>"
        + "<script>var q = 'RHIA required';</script>"
        + "</div>" * depth
    )
    text = html_to_text(markup)
    assert "High school diploma or GED required." in text
    assert "Day shift" in text
    assert "RHIA" not in text
    req = extract(markup)
    assert req.education_required == "high_school"
    assert req.certifications == []


def test_unclosed_script_hides_the_rest_like_a_browser() -> None:
    markup = "<div>" * 5000 + "<p>CPC preferred.</p><script>RHIA required" + "</div>" * 10
    text = html_to_text(markup)
    assert "CPC preferred." in text
    assert "RHIA" not in text
