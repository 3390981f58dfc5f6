"""The bundled demo responses come from the generator and are served by the replay server."""

from __future__ import annotations

import filecmp
import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from himjobs import _demo_data
from himjobs._replay import serve

BUNDLED = Path(_demo_data.__file__).parent / "demo_data"


def test_bundled_files_match_the_generator(tmp_path: Path) -> None:
    _demo_data.generate(tmp_path)
    cmp = filecmp.dircmp(BUNDLED, tmp_path, ignore=["profile.toml"])  # hand-written
    stack, differing = [cmp], []
    while stack:
        c = stack.pop()
        differing += c.diff_files + c.left_only + c.right_only
        stack += c.subdirs.values()
    assert differing == [], "regenerate with: python -m himjobs._demo_data himjobs/demo_data"


def test_each_source_has_at_least_200_postings_most_relevant() -> None:
    truth = json.loads((BUNDLED / "truth.json").read_text())
    assert set(truth) == {"usajobs", "greenhouse", "lever", "workday", "jsonld"}
    for source, postings in truth.items():
        assert len(postings) >= 200, source
        relevant = sum(p["relevant"] for p in postings)
        assert 0.7 * len(postings) < relevant < len(postings), source


def _get(url: str, data: bytes | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def test_replay_server_routes_by_path_query_and_json_body() -> None:
    with serve(BUNDLED) as base:
        status, body = _get(base + "/robots.txt")
        assert status == 200 and f"Sitemap: {base}/careers/sitemap.xml" in body.decode()
        status, body = _get(base + "/v0/postings/harborpointmedical?mode=json&skip=100&limit=100")
        assert status == 200 and len(json.loads(body)) == 100
        first = json.dumps({"appliedFacets": {}, "limit": 20, "offset": 0, "searchText": ""})
        later = json.dumps({"appliedFacets": {}, "limit": 20, "offset": 20, "searchText": ""})
        page0 = json.loads(
            _get(base + "/wday/cxs/pecanvalley/PVHS_Careers/jobs", first.encode())[1]
        )
        page1 = json.loads(
            _get(base + "/wday/cxs/pecanvalley/PVHS_Careers/jobs", later.encode())[1]
        )
        assert page0["total"] == 200 and page1["total"] == 0  # Workday's first-page-only total
        assert page0["jobPostings"][0] != page1["jobPostings"][0]
        assert _get(base + "/v1/boards/nosuchboard/jobs")[0] == 404


@pytest.mark.parametrize("source", ["greenhouse"])
def test_greenhouse_content_is_escaped_once_on_the_wire(source: str) -> None:
    board = json.loads((BUNDLED / source / "recordbridge.json").read_text())
    content = board["jobs"][0]["content"]
    assert content.startswith("&lt;p&gt;") and "<p>" not in content


def test_replay_links_open_the_postings_own_pages() -> None:
    # {{SITE}} is the server's own URL by default, so a replayed posting's link opens its page
    with serve(BUNDLED) as base:
        job = json.loads(_get(base + "/v1/boards/recordbridge/jobs")[1])["jobs"][0]
        assert job["absolute_url"].startswith(base + "/greenhouse/recordbridge/jobs/")
        status, page = _get(job["absolute_url"])
        assert status == 200 and f"<h1>{job['title']}</h1>" in page.decode()
        lever = json.loads(_get(base + "/v0/postings/harborpointmedical?skip=0")[1])[0]
        assert _get(lever["applyUrl"])[1] == _get(lever["hostedUrl"])[1]
    with serve(BUNDLED, site="http://127.0.0.1:8000/demo") as base:
        page = _get(base + "/careers/jobs/40000")[1].decode()
        assert '"url": "http://127.0.0.1:8000/demo/careers/jobs/40000"' in page
