"""The contract's field names, vocabularies and validation rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from schemas import (
    CandidateProfile,
    CertificationRequirement,
    Location,
    MatchResult,
    Pay,
    Posting,
    Requirements,
    Verdict,
)
from schemas.vocab import credentials_covered, state_code


def test_requirements_field_names_are_the_contract() -> None:
    assert set(Requirements.model_fields) == {
        "education_required",
        "education_preferred",
        "education_substitutable",
        "experience_years_required",
        "experience_years_preferred",
        "experience_kind",
        "certifications",
        "paths",
        "residence_states",
        "employment_types",
        "workplace",
        "shifts",
        "pay",
        "skills",
        "evidence",
    }
    assert Requirements().education_required is None
    assert Requirements().certifications == []


def test_posting_and_profile_field_names() -> None:
    for name in (
        "source",
        "external_id",
        "url",
        "apply_url",
        "title",
        "employer",
        "description",
        "description_html",
        "locations",
        "remote",
        "posted_at",
        "valid_through",
        "hints",
        "raw",
        "requirements",
    ):
        assert name in Posting.model_fields
    for name in (
        "education",
        "field_of_study",
        "certifications",
        "pending_certifications",
        "experience_years",
        "skills",
        "state",
        "city",
        "zip",
        "willing_to_relocate",
        "workplaces",
        "shifts",
        "employment_types",
        "min_pay",
    ):
        assert name in CandidateProfile.model_fields


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"education_required": "phd"}, "education_required"),
        ({"workplace": "moon"}, "workplace"),
        ({"shifts": ["graveyard"]}, "shifts"),
        ({"employment_types": ["gig"]}, "employment_types"),
        ({"experience_years_required": -1}, "experience_years_required"),
        ({"skills": ["juggling"]}, "juggling"),
        ({"certifications": [{"any_of": ["XYZ"], "level": "required"}]}, "XYZ"),
        ({"certifications": [{"any_of": [], "level": "required"}]}, "any_of"),
        ({"certifications": [{"any_of": ["RHIT"], "level": "maybe"}]}, "level"),
        ({"pay": {"min": 30, "max": 20, "period": "hour"}}, "above max"),
        ({"pay": {"period": "hour"}}, "min or max"),
        ({"pay": {"min": 20, "period": "fortnight"}}, "period"),
        ({"color": "blue"}, "color"),
    ],
)
def test_requirements_reject_values_outside_the_vocabulary(data: dict, fragment: str) -> None:
    with pytest.raises(ValidationError) as info:
        Requirements.model_validate(data)
    assert fragment in str(info.value)


def test_certification_codes_are_normalised_and_deduplicated() -> None:
    group = CertificationRequirement(any_of=["rhit", "RHIA", "RHIT"], level="required")
    assert group.any_of == ["RHIT", "RHIA"]


def test_pay_hourly_uses_2080_hours_a_year() -> None:
    assert Pay(min=41600, max=52000, period="year").hourly() == (20.0, 25.0)
    assert Pay(max=800, period="week").hourly() == (None, 20.0)
    assert Pay(min=3466.67, max=3466.67, period="month").hourly() == (20.0, 20.0)
    assert Pay(min=18.5, max=18.5, period="hour").hourly() == (18.5, 18.5)


def test_location_state_accepts_codes_and_names_only() -> None:
    assert Location(city="Austin", state="texas").state == "TX"
    assert Location(state=" ny ").state == "NY"
    assert Location(state="").state is None
    with pytest.raises(ValidationError, match="Texass"):
        Location(state="Texass")


def test_posting_dates_are_naive_utc_and_hash_ignores_store_fields() -> None:
    aware = datetime(2026, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    p = Posting(
        source="lever", external_id="a1", url="https://x/1", title="HIM Clerk", posted_at=aware
    )
    assert p.posted_at == datetime(2026, 3, 1, 14, 0)
    assert p.posted_at.tzinfo is None
    same = p.model_copy(update={"id": 99, "requirements": Requirements(workplace="remote")})
    assert same.content_hash() == p.content_hash()
    changed = p.model_copy(update={"title": "HIM Clerk II"})
    assert changed.content_hash() != p.content_hash()
    assert datetime.now(UTC)  # the module's UTC import is the one used by the models


def test_profile_validation_names_field_and_allowed_values() -> None:
    with pytest.raises(ValidationError) as info:
        CandidateProfile.model_validate({"education": "phd-ish"})
    assert "high_school" in str(info.value)
    with pytest.raises(ValidationError, match="zip"):
        CandidateProfile(zip="7870")
    with pytest.raises(ValidationError, match="experience_years"):
        CandidateProfile(experience_years=-0.5)
    profile = CandidateProfile(
        certifications=["cca"], state="Texas", pending_certifications=["RHIT"]
    )
    assert profile.certifications == ["CCA"]
    assert profile.state == "TX"


def test_match_result_near_miss_counts_required_not_met_only() -> None:
    verdicts = [
        Verdict(field="education", label="HS", level="required", status="met", explanation="ok"),
        Verdict(
            field="certification",
            label="RHIT",
            level="required",
            status="not_met",
            explanation="Requires RHIT; you do not hold it",
        ),
        Verdict(
            field="experience",
            label="2 years",
            level="preferred",
            status="not_met",
            explanation="Prefers 2 years; you have 1",
        ),
    ]
    result = MatchResult(eligible=False, score=40, verdicts=verdicts)
    assert result.near_miss
    assert [v.label for v in result.missing] == ["RHIT"]
    with pytest.raises(ValidationError):
        MatchResult(eligible=True, score=101)


def test_equivalence_table_and_state_codes() -> None:
    assert "RHIT" in credentials_covered({"RHIA"})
    assert "RHIA" not in credentials_covered({"RHIT"})
    assert "CCS" not in credentials_covered({"CPC"})
    assert state_code("District of Columbia") == "DC"
    assert state_code("Texass") is None
