"""A posting full of markup renders inert on every page that shows it."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from himjobs.web import create_app
from himjobs.web._chart import Bar, bar_chart
from himjobs.web._highlight import render_body
from tests.web import _data
from tests.web._fake import FakeBackend, FakeGap, FakeRun
from tests.web._local import LOCAL

FORBIDDEN_TAGS = {"script", "img", "svg", "iframe", "object", "embed", "b"}


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def assert_inert(html: str) -> None:
    """Parse the page as a browser would: no script-capable element or attribute survives."""
    main = html[html.index("<main") : html.index("</main>")]
    parser = _Elements()
    parser.feed(main)
    for tag, attrs in parser.found:
        ours = tag == "svg" and ("class", "chart") in attrs  # the gaps chart we draw
        assert ours or tag not in FORBIDDEN_TAGS, (tag, attrs)
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action"):
                assert not (value or "").strip().lower().startswith("javascript:"), (tag, value)


@pytest.fixture
def evil_client(tmp_path) -> TestClient:
    evil = _data.hostile()
    backend = FakeBackend(
        [evil],
        gaps=[FakeGap("x", "certification<script>", "<script>alert(8)</script>RHIT", 2, 20.0)],
        runs=[
            FakeRun(
                1,
                evil.posted_at or _data.clerk().posted_at,
                None,  # type: ignore[arg-type]
                "<img src=x onerror=alert(9)>",
                {"<script>s</script>": 1},
                ['<a href="javascript:alert(10)">boom</a>'],
            )
        ],
    )
    return TestClient(create_app(backend, profile_dir=tmp_path), base_url=LOCAL)


@pytest.mark.parametrize(
    "url",
    [
        "/matches?education=high_school",
        "/postings/5?education=high_school",
        "/postings/5",
        "/gaps?education=high_school",
        "/crawl",
    ],
)
def test_hostile_text_renders_inert(evil_client, url):
    r = evil_client.get(url)
    assert r.status_code == 200
    assert_inert(r.text)


def test_hostile_text_is_shown_as_text(evil_client):
    html = evil_client.get("/postings/5?education=high_school").text
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;Scanning Clerk" in html
    # the evidence sentence is highlighted, its markup escaped inside the <mark>
    assert (
        "<mark>Must type 45 wpm &lt;script&gt;alert(&quot;ev&quot;)&lt;/script&gt; "
        "accurately.</mark>" in html
    )
    # the javascript: apply_url is never offered; the posting's own https url is
    assert 'id="apply"' in html and 'href="https://careers.example.com/evil"' in html
    assert "Scan charts." in html and "alert(4)" not in html


def test_query_string_markup_is_escaped(client):
    html = client.get('/matches?education=high_school&city="><script>alert(1)</script>').text
    assert "<script>alert(1)" not in html
    assert "&#34;&gt;&lt;script&gt;" in html


def test_form_echo_of_markup_is_escaped(client):
    r = client.post("/profile", data={"city": '"><img src=x onerror=alert(1)>', "zip": "no"})
    assert r.status_code == 422
    assert_inert(r.text)


def test_render_body_rebuilds_only_allowed_markup():
    body = str(
        render_body(
            '<p style="x" class="c">A <a href="https://ok.example/a?b=1&c=2" title=\'t"q\'>link</a>'
            '<iframe src="https://x"></iframe><form><input></form></p>',
            "",
            ["not in the text at all here"],
        )
    )
    # (nh3 closes the <p> at <form>, as a browser would, which leaves an empty <p></p>)
    assert body.startswith(
        '<p>A <a href="https://ok.example/a?b=1&amp;c=2" title="t&quot;q" '
        'rel="noopener noreferrer">link</a></p>'
    )
    assert "iframe" not in body and "form" not in body and "input" not in body


def test_highlight_spans_whitespace_and_case_but_not_tags():
    body = str(
        render_body(
            "<p>Must hold an  RHIT\ncredential now.</p>", "", ["must hold an RHIT credential"]
        )
    )
    assert "<mark>Must hold an  RHIT\ncredential</mark>" in body
    plain = str(render_body(None, "<b>bold</b> line one is here\n\nline two", ["line one is here"]))
    assert plain == "<p>&lt;b&gt;bold&lt;/b&gt; <mark>line one is here</mark></p><p>line two</p>"


def test_chart_escapes_labels():
    svg = str(bar_chart([Bar("<script>x</script>", 3, "<b>")], title="<t>", desc="&"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "<b>" not in svg
