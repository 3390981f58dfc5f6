"""Issue #16, "Evidence is the posting's sentence": `himjobs show` and the posting page say where
a structured value came from in words, and quote the sentence that names each skill."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

from fastapi.testclient import TestClient

from himjobs.web import StoreBackend, create_app
from schemas import Posting, Requirements
from schemas.models import Evidence
from storage import Store
from tests.web._local import LOCAL

DESCRIPTION = (
    "Keep the release-of-information log for the Pecos Street clinic. "
    "You will abstract discharged charts for the coders. "
    "Experience with Epic is a plus."
)


def _posting() -> Posting:
    req = Requirements(
        employment_types=["full_time"],
        workplace="on_site",
        skills=["epic", "abstracting"],
        evidence={
            "employment_types": Evidence(source="structured", text="categories.commitment"),
            "workplace": Evidence(source="structured", text="workplaceType"),
            "skills": Evidence(source="text", text="You will abstract discharged charts."),
        },
    )
    return Posting(
        source="lever:pecos",
        external_id="e1",
        url="https://jobs.example.test/e1",
        title="Release of Information Clerk",
        employer="Pecos Street Clinic",
        description=DESCRIPTION,
        raw={"categories": {"commitment": "Full-time"}},
        requirements=req,
    )


def _db(tmp_path: Path) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'ev.db'}"
    with Store(url) as store:
        store.upsert([_posting()])
        pid = store.search(limit=1)[0].id
    assert pid is not None
    return url, pid


def test_show_says_structured_values_in_words_and_quotes_skill_sentences(himjobs, tmp_path):
    url, pid = _db(tmp_path)
    res = himjobs("show", str(pid), "--db", url, env={"COLUMNS": "80"})  # one block each
    assert res.code == 0, res.err
    flat = " ".join(res.out.split())
    assert "from the posting's structured data: employment type Full-time" in flat
    assert "from the posting's structured data: workplace on_site" in flat
    assert "categories.commitment" not in res.out and "workplaceType" not in res.out
    assert "value: Epic evidence: \u201cExperience with Epic is a plus.\u201d" in flat
    quote = "\u201cYou will abstract discharged charts for the coders.\u201d"
    assert f"abstracting evidence: {quote}" in flat


def test_posting_page_says_structured_values_in_words(tmp_path: Path):
    url, pid = _db(tmp_path)
    client = TestClient(create_app(StoreBackend(url), profile_dir=tmp_path / "p"), base_url=LOCAL)
    bare = client.get(f"/postings/{pid}").text
    assert "from the posting&#39;s structured data: employment type Full-time" in bare
    judged = client.get(f"/postings/{pid}?education=high_school&workplaces=remote").text
    assert "from the posting&#39;s structured data: workplace on_site" in judged
    assert "workplaceType" not in judged and "categories.commitment" not in judged


# --- one presenter (issue #17.4): the CLI and the page show the same rows -------------------

_VERDICT_ROW = re.compile(
    r'<tr><th scope="row">(.*?)</th><td data-label="Level">(.*?)</td><td data-label="You">'
    r'<span class="badge (\w+)">(.*?)</span></td>\s*<td data-label="Why">(.*?)'
    r'(?:<blockquote>(.*?)</blockquote>|<p class="source">(.*?)</p>)?</td></tr>',
    re.S,
)
_REQUIREMENT_ROW = re.compile(
    r'<tr><th scope="row">(.*?)</th><td data-label="Level">(.*?)</td>'
    r'<td data-label="Asks for">(.*?)</td>'
)


def test_match_json_and_posting_page_show_the_same_verdict_rows(himjobs, tmp_path):
    url, pid = _db(tmp_path)
    profile = tmp_path / "me.toml"
    profile.write_text('education = "high_school"\nworkplaces = ["remote"]\n', encoding="utf-8")
    res = himjobs("match", str(profile), "--db", url, "--near-misses", "--format", "json")
    assert res.code == 0, res.err
    doc = json.loads(res.out)
    (found,) = [m for m in doc["matches"] + doc["near_misses"] if m["id"] == pid]
    cli = [
        (
            v["label"],
            v["level"],
            v["status"],
            v["status_label"],
            v["explanation"],
            v["evidence"] if v["quote"] else v["in_words"],
        )
        for v in found["verdicts"]
    ]
    client = TestClient(create_app(StoreBackend(url), profile_dir=tmp_path / "p"), base_url=LOCAL)
    page = client.get(f"/postings/{pid}?education=high_school&workplaces=remote").text
    web = [
        tuple(html.unescape(cell or "") for cell in (*m[:5], m[5] or m[6]))
        for m in _VERDICT_ROW.findall(page)
    ]
    assert web == cli
    # the structured workplace is said in words in both, never as the raw key
    assert any("structured data: workplace on_site" in row[5] for row in cli)


def test_show_csv_and_posting_page_list_the_same_requirements(himjobs, tmp_path):
    url, pid = _db(tmp_path)
    res = himjobs("show", str(pid), "--db", url, "--format", "csv")
    assert res.code == 0, res.err
    # the posting's own fields come first in the CSV, with no "from"; every requirement here has
    cli = [(r["level"], r["value"]) for r in csv.DictReader(io.StringIO(res.out)) if r["from"]]
    client = TestClient(create_app(StoreBackend(url), profile_dir=tmp_path / "p"), base_url=LOCAL)
    page = client.get(f"/postings/{pid}").text
    web = [(html.unescape(lv), html.unescape(v)) for _l, lv, v in _REQUIREMENT_ROW.findall(page)]
    assert cli == web and len(web) == 4
    assert ("stated", "on-site") in web and ("", "Epic") in web


def test_extract_quotes_the_sentence_each_skill_came_from(himjobs, tmp_path):
    """`himjobs extract` quotes each skill's sentence, as it quotes the other fields' (and as
    `himjobs show` does), from plain text and from HTML alike."""
    text = "High school diploma required. " + DESCRIPTION
    (tmp_path / "post.txt").write_text(text, encoding="utf-8")
    (tmp_path / "post.html").write_text(
        "<ul>" + "".join(f"<li>{s.rstrip('.')}.</li>" for s in text.split(". ")) + "</ul>",
        encoding="utf-8",
    )
    for name in ("post.txt", "post.html"):
        res = himjobs("extract", str(tmp_path / name), "-f", "csv")
        assert res.code == 0, res.err
        rows = {r["value"]: r for r in csv.DictReader(io.StringIO(res.out))}
        assert rows["Epic"]["evidence"] == "Experience with Epic is a plus."
        assert rows["abstracting"]["evidence"] == (
            "You will abstract discharged charts for the coders."
        )
        assert rows["Epic"]["from"] == rows["high school diploma or GED"]["from"] == "text"
        table = himjobs("extract", str(tmp_path / name), env={"COLUMNS": "80"})
        flat = " ".join(table.out.split())
        assert "value: Epic evidence: \u201cExperience with Epic is a plus.\u201d" in flat
