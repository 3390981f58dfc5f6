"""The profile form: rendering, every validation error beside its field, save and load."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from schemas import CandidateProfile, load_profile
from schemas.vocab import CERTIFICATIONS, EMPLOYMENT_TYPES, SHIFTS, WORKPLACES

GOOD = {
    "education": "certificate",
    "certifications": ["CCA"],
    "pending_certifications": ["RHIT"],
    "experience_years": "1.5",
    "state": "TX",
    "city": "Austin",
    "zip": "78701",
    "workplaces": ["remote", "hybrid"],
    "shifts": ["day"],
    "employment_types": ["full_time"],
    "min_pay": "19",
    "pay_period": "hour",
}


def labelled_ids(html: str) -> set[str]:
    return set(re.findall(r'<label for="([^"]+)"', html))


def test_form_has_a_label_for_every_input_and_groups_in_fieldsets(client):
    html = client.get("/").text
    ids = set(re.findall(r'<(?:input|select)[^>]* id="([^"]+)"', html))
    assert ids and ids <= labelled_ids(html)
    # checkboxes are wrapped in their label instead
    for m in re.finditer(r"<input type=\"checkbox\"[^>]*>", html):
        before = html[: m.start()]
        assert before.rfind("<label>") > before.rfind("</label>")
    for legend in (
        "Certifications you hold",
        "Certifications in progress or eligible for",
        "Where you want to work",
        "Shifts you can work",
        "Kinds of employment",
        "Lowest pay you would take",
    ):
        assert f"<legend>{legend}</legend>" in html
    for code in CERTIFICATIONS:
        assert f'name="certifications" value="{code}"' in html
        assert f'name="pending_certifications" value="{code}"' in html
    for name, vocab in (
        ("workplaces", WORKPLACES),
        ("shifts", SHIFTS),
        ("employment_types", EMPLOYMENT_TYPES),
    ):
        for v in vocab:
            assert f'name="{name}" value="{v}"' in html


def test_valid_form_redirects_to_matches_with_the_profile(client, backend):
    r = client.post("/profile", data={**GOOD, "action": "match"}, follow_redirects=False)
    assert r.status_code == 303
    target = urlsplit(r.headers["location"])
    assert target.path == "/matches"
    q = parse_qs(target.query)
    assert q["certifications"] == ["CCA"] and q["workplaces"] == ["remote", "hybrid"]
    page = client.get(r.headers["location"])
    assert page.status_code == 200
    seen = backend.profiles_seen[-1]
    assert seen == CandidateProfile(
        education="certificate",
        certifications=["CCA"],
        pending_certifications=["RHIT"],
        experience_years=1.5,
        state="TX",
        city="Austin",
        zip="78701",
        workplaces=["remote", "hybrid"],
        shifts=["day"],
        employment_types=["full_time"],
        min_pay={"min": 19, "period": "hour"},
    )


def error_for(html: str, field: str) -> str:
    m = re.search(rf'<p class="error" id="{field}-error"><strong>Error:</strong> ([^<]*)</p>', html)
    assert m, f"no error shown for {field}"
    return m.group(1)


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"experience_years": "two"}, "experience_years", "number"),
        ({"experience_years": "-1"}, "experience_years", "greater than or equal to 0"),
        ({"experience_years": "75"}, "experience_years", "less than or equal to 60"),
        ({"zip": "7870"}, "zip", "5-digit ZIP code"),
        ({"state": "Texass"}, "state", "unknown US state"),
        ({"education": "phd"}, "education", "Choose one"),
        ({"certifications": ["RHIT", "XYZ"]}, "certifications", "unknown certification code"),
        ({"pending_certifications": ["NOPE"]}, "pending_certifications", "unknown certification"),
        ({"workplaces": ["moon"]}, "workplaces", "Choose one"),
        ({"shifts": ["graveyard"]}, "shifts", "Choose one"),
        ({"employment_types": ["gig"]}, "employment_types", "Choose one"),
        ({"skills": ["juggling"]}, "skills", "unknown skill"),
        ({"min_pay": "lots"}, "min_pay", "number"),
        ({"min_pay": "-5"}, "min_pay", "greater than or equal to 0"),
        ({"pay_period": "fortnight"}, "pay_period", "Choose one"),
    ],
)
def test_each_validation_error_is_shown_next_to_its_field(client, change, field, words):
    data = {**GOOD, **change, "action": "match"}
    r = client.post("/profile", data=data)
    assert r.status_code == 422
    assert words.lower() in error_for(r.text, field).lower()
    # the field is marked invalid and tied to its message
    assert 'aria-describedby="' + field + '-error"' in r.text
    # the summary links to the field, and what the user typed comes back
    assert f'href="#field-{field}"' in r.text
    assert 'value="Austin"' in r.text


def test_several_errors_at_once_each_beside_its_own_field(client):
    r = client.post("/profile", data={**GOOD, "zip": "abc", "experience_years": "x"})
    assert r.status_code == 422
    error_for(r.text, "zip")
    error_for(r.text, "experience_years")
    assert "Please fix 2 problems" in r.text
    assert 'class="error" id="state-error"' not in r.text


def test_matches_with_a_bad_query_shows_the_form_with_the_error(client):
    r = client.get("/matches?education=high_school&zip=12")
    assert r.status_code == 422
    error_for(r.text, "zip")


def test_save_writes_local_json_and_load_fills_the_form(client, profile_dir: Path):
    r = client.post("/profile", data={**GOOD, "action": "save"})
    assert r.status_code == 200
    saved = profile_dir / "profile.json"
    assert f"Profile saved to {saved}" in r.text
    assert json.loads(saved.read_text())["certifications"] == ["CCA"]
    assert load_profile(saved).min_pay is not None
    page = client.get("/profile/load")
    assert page.status_code == 200
    html = page.text
    assert re.search(r'name="certifications" value="CCA" checked', html)
    assert re.search(r'name="pending_certifications" value="RHIT" checked', html)
    assert not re.search(r'name="certifications" value="RHIT" checked', html)
    assert '<option value="TX" selected>' in html
    assert '<option value="certificate" selected>' in html
    assert (
        'id="experience_years" name="experience_years" type="text" inputmode="decimal" value="1.5"'
        in html
    )


def test_save_of_an_invalid_profile_writes_nothing(client, profile_dir: Path):
    r = client.post("/profile", data={**GOOD, "zip": "1", "action": "save"})
    assert r.status_code == 422
    assert not (profile_dir / "profile.json").exists()


def test_load_without_a_saved_profile_says_so(client, profile_dir: Path):
    r = client.get("/profile/load")
    assert r.status_code == 404
    assert "No saved profile" in r.text


def test_load_of_a_broken_file_shows_the_reason(client, profile_dir: Path):
    profile_dir.mkdir(parents=True)
    (profile_dir / "profile.json").write_text('{"experience_years": "lots"}')
    r = client.get("/profile/load")
    assert r.status_code == 404
    assert "experience_years" in r.text


def test_years_by_kind_reach_the_profile_and_come_back(client, backend, profile_dir: Path):
    """The breakdown of the years (experience_by_kind): a records job counts only records
    years, so a front-desk worker is not taken for a records clerk."""
    data = {**GOOD, "experience_years": "4", "experience_records": "1"}
    data |= {"experience_healthcare": "2.5", "action": "match"}
    r = client.post("/profile", data=data, follow_redirects=False)
    assert r.status_code == 303
    q = parse_qs(urlsplit(r.headers["location"]).query)
    assert q["experience_records"] == ["1"] and q["experience_healthcare"] == ["2.5"]
    client.get(r.headers["location"])
    seen = backend.profiles_seen[-1]
    assert seen.experience_by_kind == {"coding": 0, "records": 1, "healthcare": 2.5}
    assert (seen.experience_of("records"), seen.experience_of("any")) == (1, 4)
    r = client.post("/profile", data={**data, "action": "save"})
    assert r.status_code == 200
    html = client.get("/profile/load").text
    assert 'id="experience_healthcare" name="experience_healthcare" type="text"' in html
    assert re.search(r'id="experience_records" [^>]*value="1"', html)


def test_no_breakdown_keeps_every_year_for_every_kind(client, backend):
    client.post("/profile", data={**GOOD, "action": "match"})
    client.get("/matches?" + "&".join(f"{k}={v}" for k, v in GOOD.items() if isinstance(v, str)))
    assert backend.profiles_seen[-1].experience_by_kind == {}


def test_a_breakdown_without_a_total_makes_the_total(client, backend):
    data = {**GOOD, "experience_years": "", "experience_coding": "2", "experience_records": "1"}
    r = client.post("/profile", data={**data, "action": "match"}, follow_redirects=False)
    assert r.status_code == 303
    client.get(r.headers["location"])
    assert backend.profiles_seen[-1].experience_years == 3


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"experience_records": "two"}, "experience_records", "number"),
        ({"experience_coding": "-1"}, "experience_coding", "between 0 and 60"),
        ({"experience_healthcare": "3"}, "experience_years", "add up to 3, more than 1.5"),
    ],
)
def test_a_bad_breakdown_is_shown_beside_its_field(client, change, field, words):
    r = client.post("/profile", data={**GOOD, **change, "action": "match"})
    assert r.status_code == 422
    assert words.lower() in error_for(r.text, field).lower()
    assert f'href="#field-{field}"' in r.text
