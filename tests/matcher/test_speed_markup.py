"""extract tests a body for markup once (issue 15): to_text takes the answer instead of testing
again, and must convert exactly as it does when it tests itself.
"""

from __future__ import annotations

import pytest

from matcher import _extract, _text, extract
from matcher._text import looks_like_html, to_text

BODIES = (
    "",
    "High school diploma or GED required.",
    "<p>High school diploma or GED required. RHIT preferred.</p><p>$19-$23/hr</p>",
    "Coding &amp; billing: 2 years required.\nRHIT   preferred.",
    "a < b and c > d, 3 years of experience",
    "<ul><li>CPC required</li><li>Remote (TX, OK only)</li></ul>",
    "Line one of a long wrapped paragraph that the author's editor broke at sixty\ncharacters.",
)


@pytest.mark.parametrize("body", BODIES)
def test_to_text_with_the_markup_answer_converts_as_without_it(body: str) -> None:
    assert to_text(body, markup=looks_like_html(body)) == to_text(body)


def test_extract_tests_the_body_for_markup_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counted(text: str) -> bool:
        calls.append(text)
        return looks_like_html(text)

    for body in BODIES:
        expected = extract(body).model_dump_json()
        calls.clear()
        monkeypatch.setattr(_extract, "looks_like_html", counted)
        monkeypatch.setattr(_text, "looks_like_html", counted)  # to_text's own test
        assert extract(body).model_dump_json() == expected
        assert len(calls) == 1, body
        monkeypatch.undo()
