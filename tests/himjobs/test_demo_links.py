"""Issue #16: demo postings link to their recorded pages (served by `himjobs serve`), not to the
demo's replay server, whose port is closed once `himjobs demo` is over."""

from __future__ import annotations

import html
import re
import sqlite3
from typing import Any
from urllib.parse import unquote, urlsplit

from fastapi.testclient import TestClient

from himjobs._demo import SITE, SITE_PATH
from himjobs.web import StoreBackend, create_app
from tests.himjobs._demo_db import demo_db
from tests.web._local import LOCAL


def _rows() -> list[tuple[int, str, str, str, str | None]]:
    db, _out = demo_db()
    with sqlite3.connect(db) as con:
        return con.execute("select id, source, title, url, apply_url from postings").fetchall()


def test_every_demo_link_opens_its_recorded_page_in_serve(tmp_path) -> None:
    db, out = demo_db()
    rows = _rows()
    assert {r[1] for r in rows} == {"usajobs", "greenhouse", "lever", "workday", "jsonld"}
    client = TestClient(
        create_app(StoreBackend(f"sqlite:///{db}"), profile_dir=tmp_path), base_url=LOCAL
    )
    pages: dict[str, Any] = {}  # a page two links share is asked for once (about 40 %)
    for _pid, source, title, url, apply_url in rows:
        for link in (url, apply_url):
            assert link is not None and link.startswith(SITE + "/"), (source, link)
            # what a browser asks `himjobs serve` for when the link is opened
            path = unquote(urlsplit(link).path)
            page = pages.get(path) or pages.setdefault(path, client.get(path))
            assert page.status_code == 200, (source, link)
            assert page.headers["content-type"].startswith("text/html")
            assert f"<h1>{html.escape(title)}</h1>" in page.text, (source, link)
            assert "there is nothing to apply to" in page.text
    assert f"under {SITE}/" in " ".join(out.split())
    # the commands it suggests are whole lines to copy, not words wrapped into prose
    assert re.search(r"^\$ himjobs search --db \S+ --today 2026-11-20 --state TX$", out, re.M)
    assert re.search(r"^\$ himjobs serve --db \S+$", out, re.M)


def test_detail_page_and_show_point_at_the_recorded_page(himjobs, tmp_path) -> None:
    db, _out = demo_db()
    pid, source, title, url, apply_url = next(r for r in _rows() if r[1] == "jsonld")
    client = TestClient(
        create_app(StoreBackend(f"sqlite:///{db}"), profile_dir=tmp_path), base_url=LOCAL
    )
    detail = client.get(f"/postings/{pid}").text
    # a path, so the link opens on whatever port `himjobs serve` listens on
    href = SITE_PATH + urlsplit(apply_url).path.removeprefix(SITE_PATH)
    assert f'href="{href}"' in detail
    assert client.get(href).status_code == 200
    shown = himjobs("show", str(pid), "--db", str(db))
    assert shown.code == 0, shown.err
    flat = " ".join(shown.out.split())
    assert apply_url in flat and "open it while `himjobs serve` runs" in flat


def test_only_bundled_pages_are_served(tmp_path) -> None:
    client = TestClient(
        create_app(StoreBackend(f"sqlite:///{tmp_path / 'x.db'}"), profile_dir=tmp_path),
        base_url=LOCAL,
    )
    for path in (
        "/demo/routes.json",
        "/demo/../pyproject.toml",
        "/demo/%2e%2e/%2e%2e/etc/passwd",
        "/demo/usajobs/search-page1.json",
        "/demo/api/search",  # a recorded API response is not a page
        "/demo/careers/jobs/99999",
    ):
        assert client.get(path).status_code == 404, path
    assert client.get("/demo/careers/jobs/40000").status_code == 200


def test_demo_links_name_the_address_serve_listens_on_by_default() -> None:
    import inspect

    from himjobs._cmd_serve import serve

    params = inspect.signature(serve).parameters
    assert f"http://{params['host'].default}:{params['port'].default}{SITE_PATH}" == SITE
