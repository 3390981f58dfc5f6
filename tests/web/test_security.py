"""The web page resists other sites (issue 13, item 6): Origin/Host checks, field caps, odd ids,
a damaged database. Through the real app (TestClient) over a fake or a real store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from himjobs.web import StoreBackend, create_app
from himjobs.web._forms import load_saved, profile_path
from storage import Store
from tests.web._fake import FakeBackend
from tests.web._local import LOCAL

FORM = {
    "education": "certificate",
    "certifications": ["CCA"],
    "state": "TX",
    "city": "Austin",
    "zip": "78701",
    "experience_years": "1",
}
CSP = "Content-Security-Policy"


def _app(tmp_path: Path, **kw: Any) -> TestClient:
    return TestClient(create_app(FakeBackend([]), profile_dir=tmp_path, **kw), base_url=LOCAL)


def _save(client: TestClient, headers: dict[str, str] | None = None, **form: Any) -> Any:
    return client.post("/profile", data={**FORM, **form, "action": "save"}, headers=headers)


@pytest.mark.parametrize(
    ("label", "headers"),
    [
        ("Origin of another site", {"Origin": "https://evil.example"}),
        ("Origin of another local port", {"Origin": "http://127.0.0.1:3000"}),
        ("Sec-Fetch-Site cross-site", {"Sec-Fetch-Site": "cross-site", "Origin": "null"}),
        ("Origin null from an old browser", {"Origin": "null"}),
        ("Referer of another site", {"Referer": "https://evil.example/page"}),
    ],
)
def test_a_form_from_another_site_cannot_overwrite_the_profile(
    tmp_path: Path, reliability: Any, label: str, headers: dict[str, str]
) -> None:
    client = _app(tmp_path)
    assert _save(client).status_code == 200  # the user's own save (no browser headers)
    before = profile_path(tmp_path).read_text()
    r = _save(client, headers, city="Nowhere", education="doctorate")
    reliability.record(
        "web page",
        f"POST /profile save: {label}",
        outcome=f"HTTP {r.status_code}; saved profile unchanged",
    )
    assert r.status_code == 403 and "another site" in r.text
    assert r.headers[CSP].startswith("default-src 'none'")
    assert profile_path(tmp_path).read_text() == before


def test_the_pages_own_form_still_saves(tmp_path: Path) -> None:
    client = _app(tmp_path)
    # What Chrome sends for our form: Referrer-Policy no-referrer makes its Origin "null".
    same = {"Sec-Fetch-Site": "same-origin", "Origin": "null"}
    assert _save(client, same).status_code == 200
    assert _save(client, {"Origin": LOCAL}, city="Dallas").status_code == 200
    profile, problem = load_saved(tmp_path)
    assert profile is not None and profile.city == "Dallas", problem


def test_dns_rebinding_cannot_read_the_saved_profile(tmp_path: Path, reliability: Any) -> None:
    client = _app(tmp_path)
    assert _save(client, city="Secretville").status_code == 200
    assert "Secretville" in client.get("/profile/load").text
    # The rebinding page's own host name, now resolving to 127.0.0.1.
    r = client.get("/profile/load", headers={"Host": "evil.example:8000"})
    reliability.record(
        "web page",
        "GET /profile/load with a rebound host name (DNS rebinding)",
        outcome=f"HTTP {r.status_code}; profile not shown",
    )
    assert r.status_code == 400 and "Secretville" not in r.text
    assert "evil.example" in r.text and r.headers[CSP]
    assert client.get("/", headers={"Host": "localhost:8000"}).status_code == 200
    assert client.get("/", headers={"Host": "[::1]:8000"}).status_code == 200


def test_configured_host_names_only(tmp_path: Path) -> None:
    client = _app(tmp_path, allowed_hosts=["jobs.lan"])
    assert client.get("/", headers={"Host": "jobs.lan:8000"}).status_code == 200
    assert client.get("/", headers={"Host": "127.0.0.1:8000"}).status_code == 400


def test_serve_passes_allowed_hosts_and_the_bind_address(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import socket

    import uvicorn

    import himjobs._cmd_serve as cmd
    import himjobs.web as web
    from storage import Store

    # serve reads a database, never creates one; and it checks its port is free
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HIMJOBS_DATABASE_URL", raising=False)
    Store("sqlite:///himjobs.db").upgrade()
    with socket.socket() as s:
        s.bind(("0.0.0.0", 0))
        port = s.getsockname()[1]
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    monkeypatch.setattr(web, "StoreBackend", lambda url: FakeBackend([]))
    cmd.serve(db=None, host="0.0.0.0", port=port, profile_dir=None, allowed_host=["jobs.lan"])
    client = TestClient(seen["app"], base_url="http://jobs.lan")
    assert client.get("/").status_code == 200
    assert client.get("/", headers={"Host": f"0.0.0.0:{port}"}).status_code == 200
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400


def test_every_field_is_capped_so_a_saved_profile_loads_again(
    tmp_path: Path, reliability: Any
) -> None:
    client = _app(tmp_path)
    r = _save(client, city="x" * 300_000)
    reliability.record(
        "web page",
        "save a profile whose city is 300,000 characters",
        outcome=f"HTTP {r.status_code}; nothing saved",
    )
    assert r.status_code in (413, 422) and not profile_path(tmp_path).exists()
    r = client.post("/profile", data={**FORM, "city": "x" * 5000, "action": "save"})
    assert r.status_code == 422 and "At most 200 characters" in r.text
    assert not profile_path(tmp_path).exists()
    # At the caps, a profile saves and loads again.
    assert _save(client, city="y" * 200).status_code == 200
    profile, problem = load_saved(tmp_path)
    assert profile is not None and len(profile.city or "") == 200, problem


@pytest.mark.parametrize("posting_id", ["9223372036854775808", "-9223372036854775809", "0"])
def test_out_of_range_posting_ids_are_404(store_url: str, tmp_path: Path, posting_id: str) -> None:
    client = TestClient(create_app(StoreBackend(store_url), profile_dir=tmp_path), base_url=LOCAL)
    r = client.get(f"/postings/{posting_id}")
    assert r.status_code == 404 and r.headers[CSP]
    assert Store(store_url).get(int(posting_id)) is None


def _damaged(tmp_path: Path) -> str:
    from tests.himjobs.test_damaged_db import damaged_database

    return damaged_database(tmp_path)


def test_a_damaged_database_is_a_plain_error_page(tmp_path: Path, reliability: Any) -> None:
    url = _damaged(tmp_path)
    client = TestClient(create_app(StoreBackend(url), profile_dir=tmp_path / "p"), base_url=LOCAL)
    r = client.get("/crawl")
    shown = r.text[r.text.find("<p>") + 3 :][:60]
    reliability.record(
        "web page",
        "a damaged SQLite database behind the page",
        outcome=f"HTTP {r.status_code}: {shown}",
    )
    assert r.status_code == 503 and "database disk image is malformed" in r.text
    assert "Traceback" not in r.text and r.headers[CSP].startswith("default-src 'none'")
    assert r.headers["X-Content-Type-Options"] == "nosniff"
