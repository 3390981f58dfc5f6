"""Golden tests for schema.org JobPosting JSON-LD pages (sitemaps: test_sitemap_read.py)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.models import Location, Pay, Posting
from scrapers.formats import jsonld

FIXTURES = Path(__file__).parent.parent / "fixtures" / "jsonld"
GRAPH_URL = "https://careers.lakeshorehealth.example/jobs/hic-2231"
CLINIC_URL = "https://jobs.prairiefamily.example/openings"
REMOTE_URL = "https://keystonehim.example/jobs/roi"


def page(name: str, url: str) -> list[Posting]:
    return jsonld.parse_page((FIXTURES / name).read_bytes(), url)


def wrap(*blocks: str) -> str:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return f"<html><head>{scripts}</head><body></body></html>"


def minimal(**extra: Any) -> str:
    node = {"@context": "https://schema.org", "@type": "JobPosting", "title": "HIM Clerk", **extra}
    return json.dumps(node)


def test_graph_page_golden() -> None:
    [p] = page("job_graph.html", GRAPH_URL)
    assert p.source == "jsonld"
    assert p.external_id == "careers.lakeshorehealth.example:REQ-2231"
    assert p.url == GRAPH_URL and p.title == "Health Information Clerk"
    # hiringOrganization is an @id reference to the Organization node of the same @graph.
    assert p.employer == "Lakeshore Community Hospital"
    assert p.locations == [
        Location(city="Sandusky", state="OH", country="US"),
        Location(city="Norwalk", state="OH", country="US"),
    ]
    assert p.posted_at == datetime(2026, 11, 18)
    assert p.valid_through == datetime(2026, 12, 19, 4, 59)  # -05:00 as naive UTC
    assert p.remote is None
    h = p.hints
    assert h.employment_types == ["full_time", "part_time"]
    assert h.pay == Pay(min=17.25, max=21.4, period="hour")
    # Listed credentials are alternatives: the lowest is what everyone needs.
    assert h.education_required == "high_school"
    assert h.experience_years_required == 1.5  # "18" months as a string
    assert h.education_substitutable is True
    assert h.fields["pay"] == "baseSalary"
    assert "Day shift, 7:00-3:30" in p.description
    assert (
        p.description_html is not None
        and "<strong>prep, scan and index</strong>" in p.description_html
    )
    assert p.raw["identifier"]["value"] == "REQ-2231"


def test_two_blocks_with_control_chars_trailing_semicolon_and_a_broken_block() -> None:
    result = jsonld.read_jsonld((FIXTURES / "two_postings.html").read_bytes())
    assert result.malformed == 1
    assert result.errors == ["block 4: Expecting value: line 1 column 65 (char 64)"]
    assert result.job_blocks == []  # the broken block is an Organization, not a posting
    prn, rn = page("two_postings.html", CLINIC_URL)
    assert prn.title == "Medical Records Specialist (PRN)"
    assert prn.employer == "Prairie Family Clinics"  # hiringOrganization as a plain string
    assert prn.external_id == CLINIC_URL  # no identifier: the page URL
    assert prn.hints.employment_types == ["per_diem"]
    assert prn.hints.pay == Pay(min=19.5, max=19.5, period="hour")
    assert prn.hints.experience_years_required == 0.0  # "no requirements"
    assert prn.hints.education_required is None
    assert prn.locations == [Location(city="Sioux Falls", state="SD", country="US")]
    assert rn.title == "Registered Nurse - Float Pool"
    assert rn.external_id == CLINIC_URL + "#2"
    assert rn.description == "Cover inpatient units. BSN preferred.\nACLS within 6 months."
    assert rn.hints.employment_types == ["full_time"]  # "full-time" spelling
    # DAY has no pay period here: no pay hint, the raw value is kept.
    assert rn.hints.pay is None and rn.raw["baseSalary"]["value"]["unitText"] == "DAY"
    assert rn.locations == [Location(city="Brookings", state="SD", country="US")]


@pytest.mark.parametrize(
    ("broken", "names_job"),
    [
        ('{"@type": "JobPosting", "title": "HIM Clerk" "datePosted": "2026-11-02"}', True),
        (
            '{"@context": "https://schema.org/", "@type": "https://schema.org/JobPosting", "x"}',
            True,
        ),
        ('{"@type": "jobposting", "title": }', True),  # any case
        ('[{"@type": "JOBPOSTING"}, {]', True),
        ('{"@type": "BreadcrumbList", "itemListElement": [{"position": 1 "name": "Jobs"}]}', False),
        ('{"@type": "Organization", "name": "Mesa Records Co" "url": "/"}', False),
        ("", False),  # an empty block is unreadable too
    ],
)
def test_unreadable_blocks_that_name_jobposting_are_flagged(broken: str, names_job: bool) -> None:
    good = json.dumps({"@type": "JobPosting", "title": "Medical Records Clerk"})
    result = jsonld.read_jsonld(wrap(good, broken))
    assert result.malformed == 1 and len(result.errors) == 1
    assert result.errors[0].startswith("block 2: ")
    assert result.job_blocks == ([2] if names_job else [])
    assert [n["title"] for n in result.nodes] == ["Medical Records Clerk"]


def test_remote_escaped_description_empty_salary_expired() -> None:
    [p] = page("remote_escaped.html", REMOTE_URL)
    assert p.external_id == "keystonehim.example:ROI-77815"
    assert p.description.startswith("Process record requests")
    assert "RHIT & 2 years of ROI experience" in p.description
    assert "&lt;" not in (p.description_html or "") and "<p>" in (p.description_html or "")
    assert p.remote is True and p.hints.workplace == "remote"
    assert p.locations == [
        Location(city=None, state="TX", country="US"),
        Location(city=None, state="OK", country="US"),
    ]
    assert p.hints.pay is None  # {"@type": "QuantitativeValue"} carries no figure
    assert p.hints.education_required == "associate"
    assert p.hints.experience_years_required == 2.0
    assert p.hints.employment_types == ["contract"]
    assert jsonld.is_expired(p, now=datetime(2026, 11, 26))
    assert not jsonld.is_expired(p, now=datetime(2026, 9, 15))


def test_page_without_jobposting_gives_nothing() -> None:
    assert page("no_posting.html", "https://www.lakeshorehealth.example/") == []


@pytest.mark.parametrize(
    "type_value",
    ["JobPosting", ["JobPosting"], ["Thing", "JobPosting"], "http://schema.org/JobPosting"],
)
def test_type_shapes(type_value: Any) -> None:
    html = wrap(
        json.dumps({"@context": "https://schema.org", "@type": type_value, "title": "ROI Clerk"})
    )
    assert [p.title for p in jsonld.parse_page(html, "https://a.example/j/1")] == ["ROI Clerk"]


def test_list_at_top_level_and_nested_graph() -> None:
    block = json.dumps(
        [
            {"@type": "Organization", "name": "Mesa Valley Health"},
            {
                "@context": "https://schema.org",
                "@graph": [{"@type": "JobPosting", "title": "Coder I"}],
            },
        ]
    )
    assert [p.title for p in jsonld.parse_page(wrap(block), "https://a.example/j")] == ["Coder I"]


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        (
            {"currency": "USD", "value": 41000, "unitText": "YEAR"},
            Pay(min=41000, max=41000, period="year"),
        ),
        (
            {"currency": "usd", "value": {"value": "3,400", "unitText": "MONTH"}},
            Pay(min=3400, max=3400, period="month"),
        ),
        ({"value": {"minValue": 800, "unitText": "WEEK"}}, Pay(min=800, max=None, period="week")),
        ({"currency": "USD", "value": {"@type": "QuantitativeValue", "unitText": "HOUR"}}, None),
        ({"currency": "USD", "value": 21}, None),  # no unit: the period is unknown
        ("$20/hr", None),
        # a zero is a template's placeholder: not stated; a zero bottom leaves only the top
        ({"currency": "USD", "value": {"value": 0.0, "unitText": "HOUR"}}, None),
        (
            {"currency": "USD", "value": {"minValue": 0, "maxValue": 21.5, "unitText": "HOUR"}},
            Pay(min=None, max=21.5, period="hour"),
        ),
    ],
)
def test_base_salary_shapes(salary: Any, expected: Pay | None) -> None:
    [p] = jsonld.parse_page(wrap(minimal(baseSalary=salary)), "https://a.example/j")
    assert p.hints.pay == expected


@pytest.mark.parametrize(
    ("education", "expected"),
    [
        ("high school", "high_school"),
        ("bachelor degree", "bachelor"),
        ({"credentialCategory": "postgraduate degree"}, "master"),
        (
            [{"credentialCategory": "associate degree"}, {"credentialCategory": "bachelor degree"}],
            "associate",
        ),
        ("no requirements", None),
        ("A diploma from an accredited high school", None),  # free text is left to the extractor
    ],
)
def test_education_requirements_shapes(education: Any, expected: str | None) -> None:
    [p] = jsonld.parse_page(wrap(minimal(educationRequirements=education)), "https://a.example/j")
    assert p.hints.education_required == expected


@pytest.mark.parametrize(
    ("experience", "expected"),
    [({"monthsOfExperience": 6}, 0.5), ({"monthsOfExperience": "60"}, 5.0), ("2 years", None)],
)
def test_experience_requirements_shapes(experience: Any, expected: float | None) -> None:
    [p] = jsonld.parse_page(wrap(minimal(experienceRequirements=experience)), "https://a.example/j")
    assert p.hints.experience_years_required == expected


def test_canadian_region_code_is_not_a_us_state() -> None:
    place = {
        "address": {"addressLocality": "Toronto", "addressRegion": "ON", "addressCountry": "CA"}
    }
    [p] = jsonld.parse_page(wrap(minimal(jobLocation=place)), "https://a.example/j")
    assert p.locations == [Location(city="Toronto", state=None, country="CA")]


def test_zero_placeholder_salary_page_has_no_pay_but_keeps_the_rest() -> None:
    [p] = page("zero_salary.html", "https://careers.riverbendfm.example/jobs/0412")
    assert p.hints.pay is None and "pay" not in p.hints.fields
    assert p.raw["baseSalary"]["value"]["maxValue"] == 0.0  # the source's own value stays in raw
    assert p.locations == [Location(city="Dubuque", state="IA", country="US")]
    assert p.hints.employment_types == ["part_time"]
    assert "six months of\n" not in p.description and "office experience" in p.description


def test_posting_without_title_is_skipped() -> None:
    html = wrap(json.dumps({"@type": "JobPosting", "description": "x"}))
    assert jsonld.parse_page(html, "https://a.example/j") == []


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("Dayton, OH", Location(city="Dayton", state="OH", country="US")),
        ("Dayton, Ohio 45402", Location(city="Dayton", state="OH", country="US")),
    ],
)
def test_text_address(address: str, expected: Location) -> None:
    place = {"@type": "Place", "address": address}
    [p] = jsonld.parse_page(wrap(minimal(jobLocation=place)), "https://a.example/j")
    assert p.locations == [expected]


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 10**6)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=10,
)
_KEYS = [
    "title",
    "description",
    "hiringOrganization",
    "jobLocation",
    "baseSalary",
    "employmentType",
    "educationRequirements",
    "experienceRequirements",
    "experienceInPlaceOfEducation",
    "identifier",
    "validThrough",
    "datePosted",
    "jobLocationType",
    "applicantLocationRequirements",
]


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(_KEYS), _json, max_size=8), st.text(min_size=1, max_size=20))
def test_any_value_shapes_never_raise(fields: dict[str, Any], title: str) -> None:
    node = {"@type": "JobPosting", **fields, "title": title}
    p = jsonld.parse_job_posting(node, url="https://a.example/j/1")
    assert p is None or p.title == title.strip()
