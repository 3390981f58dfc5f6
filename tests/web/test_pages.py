"""Every page through HTTP: matches (order, badges, filters, sort, pages), detail, gaps, crawl."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from himjobs.web import create_app
from tests.web import _data
from tests.web._fake import FakeBackend
from tests.web._local import LOCAL

HS = "/matches?education=high_school"


def titles(html: str) -> list[str]:
    return re.findall(r'<h2><a href="/postings/\d+\?[^"]*">([^<]*)</a></h2>', html)


def test_matches_lists_eligible_first_then_near_misses_and_hides_far_ones(client):
    html = client.get(HS + "&experience_years=0").text
    got = titles(html)
    # clerk qualifies; technician lacks RHIT, ROI lacks a year: near misses; supervisor is far off
    assert got[0] == "Medical Records Clerk"
    assert set(got[1:]) == {
        "Health Information Technician II",
        "Release of Information Specialist (Remote)",
    }
    assert "HIM Coding Supervisor" not in html
    assert "1 posting you qualify for, then 2 near misses" in html
    assert "Near miss: RHIT or RHIA" in html


def test_match_card_shows_badges_pay_place_and_first_seen(client):
    html = client.get(HS).text
    card = html[html.index("Medical Records Clerk") : html.index("Health Information")]
    assert (
        "Bluebonnet Community Health · Austin, TX · $18.50–$21.00 an hour · first seen 2026-11-21"
        " · posted 2026-11-20" in card
    )
    assert 'class="badge met required"' in card and ": met</span>" in card
    assert 'class="badge unknown preferred"' in card and "(preferred)" in card
    assert "Remote · Pay not stated" in html
    tech = html[html.index("Health Information") :]
    assert "$25.00–$28.85 an hour" in tech  # yearly pay shown per hour
    assert 'class="badge not_met required"' in tech


def test_more_credentials_move_a_near_miss_to_eligible(client):
    html = client.get(HS + "&certifications=RHIA&experience_years=2").text
    assert "3 postings you qualify for" in html
    assert "Near miss:" not in html


def test_filters_show_and_remote(client):
    eligible = titles(client.get(HS + "&show=eligible").text)
    assert eligible == ["Medical Records Clerk"]
    near = titles(client.get(HS + "&show=near").text)
    assert "Medical Records Clerk" not in near and len(near) == 2
    remote = titles(client.get(HS + "&remote=on").text)
    assert remote == ["Release of Information Specialist (Remote)"]
    # an unknown filter value falls back to all instead of failing
    assert len(titles(client.get(HS + "&show=bogus&sort=bogus").text)) == 3


def test_filter_form_keeps_the_profile(client):
    html = client.get(HS + "&certifications=CCA&state=TX").text
    assert '<input type="hidden" name="certifications" value="CCA">' in html
    assert '<input type="hidden" name="state" value="TX">' in html


def paged_client(tmp_path) -> TestClient:
    return TestClient(
        create_app(FakeBackend(_data.many_eligible(45)), profile_dir=tmp_path), base_url=LOCAL
    )


def test_sort_by_pay_and_by_title(tmp_path):
    c = paged_client(tmp_path)
    by_pay = titles(c.get(HS + "&sort=pay").text)
    assert by_pay[:2] == ["Records Indexing Clerk 44", "Records Indexing Clerk 43"]
    by_title = titles(c.get(HS + "&sort=title").text)
    assert by_title == sorted(by_title) and by_title[0] == "Records Indexing Clerk 00"


def test_pagination_walks_every_posting_once(tmp_path):
    c = paged_client(tmp_path)
    first = c.get(HS + "&sort=title").text
    assert "Page 1 of 3" in first and 'rel="prev"' not in first
    nxt = re.search(r'<a href="(/matches\?[^"]*)" rel="next">', first)
    assert nxt
    seen = titles(first)
    url: str | None = nxt.group(1).replace("&amp;", "&")
    while url:
        html = c.get(url).text
        seen += titles(html)
        m = re.search(r'<a href="(/matches\?[^"]*)" rel="next">', html)
        url = m.group(1).replace("&amp;", "&") if m else None
    assert len(seen) == 45 == len(set(seen))
    last = c.get(HS + "&sort=title&page=99").text  # past the end: the last page
    assert "Page 3 of 3" in last and len(titles(last)) == 5


def test_detail_page_with_profile_shows_verdicts_evidence_and_apply_link(client):
    html = client.get("/postings/1?education=high_school").text
    assert "<h1>Medical Records Clerk</h1>" in html
    assert "You qualify for this job." in html
    assert "posted 2026-11-20 · first seen 2026-11-21</p>" in html
    assert f"<mark>{_data.HS_SENTENCE}</mark>" in html
    assert f"<mark>{_data.SHIFT_SENTENCE}</mark>" in html
    assert "Join our HIM team in Austin." in html and "<mark>Join" not in html
    link = re.search(r'<a class="button" href="([^"]+)" rel="([^"]+)" id="apply">', html)
    assert link and link.groups() == (
        "https://boards.example.org/bluebonnet/jobs/101/apply",
        "noopener noreferrer",
    )


def test_detail_page_of_a_near_miss_names_what_is_missing(client):
    html = client.get("/postings/2?education=high_school").text
    assert "You miss: RHIT or RHIA." in html
    assert f"<mark>{_data.RHIT_SENTENCE}</mark>" in html  # plain-text body, highlighted
    assert 'href="https://jobs.example.net/pinecrest/7f3"' in html  # no apply_url: the posting url


def test_detail_page_without_profile_lists_requirements(client):
    html = client.get("/postings/3").text
    assert "Fill in your profile" in html
    assert (
        '<th scope="row">Experience</th><td data-label="Level">required</td>'
        '<td data-label="Asks for">1 year</td>'
    ) in html
    assert f"<mark>{_data.EXP_SENTENCE}</mark>" in html


def test_unknown_posting_is_404(client):
    r = client.get("/postings/999")
    assert r.status_code == 404 and "There is no posting 999" in r.text
    assert client.get("/postings/abc").status_code == 422


def test_gaps_page_has_svg_chart_and_table(client):
    html = client.get("/gaps?education=high_school").text
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert svg.count("<rect") == 2
    widths = [int(w) for w in re.findall(r'<rect x="0" y="\d+" width="(\d+)"', svg)]
    assert widths == [360, 154]  # bars in proportion: 7 postings fill the width, 3 get 3/7
    assert "Earn RHIT" in svg and "median $24.50/h" in svg
    assert (
        '<th scope="row">Earn RHIT</th><td data-label="Kind">certification</td>'
        '<td data-label="Postings it opens">7</td><td data-label="Median hourly pay">$24.50</td>'
    ) in html
    assert '>3</td><td data-label="Median hourly pay">not stated</td>' in html


def test_gaps_page_with_no_gaps(tmp_path):
    c = TestClient(create_app(FakeBackend([]), profile_dir=tmp_path), base_url=LOCAL)
    html = c.get("/gaps?education=high_school").text
    assert "No single step would open more postings" in html and "<svg" not in html


def test_crawl_status_shows_runs_counts_and_errors(client):
    html = client.get("/crawl").text
    assert "Run 2: finished" in html and "Run 1: running" in html
    assert "Started 2026-11-26 06:00 UTC · finished 2026-11-26 06:04 UTC" in html
    assert '<th scope="row">greenhouse</th><td>seen 40, new 3</td>' in html
    assert "usajobs: HTTP 503 after 3 retries" in html
    assert (
        '<th scope="row">usajobs</th><td data-label="Kind">usajobs</td>'
        '<td data-label="Last run">2</td><td data-label="Status">failed</td>'
        '<td data-label="Postings last time">0</td><td data-label="Last good count">12</td>'
    ) in html


def test_crawl_status_when_nothing_ran(tmp_path):
    c = TestClient(create_app(FakeBackend([]), profile_dir=tmp_path), base_url=LOCAL)
    assert "No crawl has run yet" in c.get("/crawl").text


def test_pages_send_a_no_script_content_security_policy(client):
    for url in ("/", HS, "/postings/1", "/gaps?education=high_school", "/crawl"):
        r = client.get(url)
        assert r.status_code == 200
        assert "script-src" not in r.headers["content-security-policy"]
        assert r.headers["content-security-policy"].startswith("default-src 'none'")
        assert '<meta name="viewport"' in r.text and 'lang="en"' in r.text
    assert client.get("/static/style.css").status_code == 200


def test_every_page_reads_the_backend_through_its_dependency(backend, tmp_path):
    # the routers take the backend from Depends(get_backend): overriding it swaps the data of
    # every page, host check and security headers included (FastAPI's dependency_overrides)
    from himjobs.web import get_backend

    app = create_app(FakeBackend([]), profile_dir=tmp_path)
    c = TestClient(app, base_url=LOCAL)
    assert titles(c.get(HS).text) == [] and c.get("/postings/1").status_code == 404
    app.dependency_overrides[get_backend] = lambda: backend
    assert titles(c.get(HS).text)[0] == "Medical Records Clerk"
    detail = c.get("/postings/1")
    assert detail.status_code == 200 and "Medical Records Clerk" in detail.text
    assert "Earn RHIT" in c.get("/gaps?education=high_school").text
    assert "Run 2: finished" in c.get("/crawl").text
    assert "script-src" not in detail.headers["content-security-policy"]
    evil = TestClient(app, base_url="http://evil.example")
    assert evil.get(HS).status_code == 400
