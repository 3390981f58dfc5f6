"""Pydantic v2 models of postings: Posting, Requirements and their parts (the job seeker's side,
CandidateProfile, Verdict and MatchResult, is in schemas.profile)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas.vocab import (
    CERTIFICATION_CODES,
    HOURS_PER_PERIOD,
    SKILL_IDS,
    EducationLevel,
    EmploymentType,
    ExperienceKind,
    PayPeriod,
    RequirementLevel,
    Shift,
    StudyField,
    ValueSource,
    Workplace,
    state_code,
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


def _cert_code(value: str) -> str:
    code = value.strip().upper()
    if code not in CERTIFICATION_CODES:
        allowed = ", ".join(sorted(CERTIFICATION_CODES))
        raise ValueError(f"unknown certification code {value!r}; allowed: {allowed}")
    return code


def _skill_ids(values: list[str]) -> list[str]:
    """Skill ids checked against the vocabulary (a posting's and a profile's alike)."""
    unknown = [s for s in values if s not in SKILL_IDS]
    if unknown:
        raise ValueError(f"unknown skill ids {unknown}; allowed: {', '.join(sorted(SKILL_IDS))}")
    return values


def _dedupe(values: list[Any]) -> list[Any]:
    seen: list[Any] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen


def _us_state(v: str | None) -> str | None:
    """A place's or a profile's state as its two-letter code (None when blank)."""
    if v is None or not v.strip():
        return None
    code = state_code(v)
    if code is None:
        raise ValueError(f"unknown US state {v!r}; use a two-letter code such as TX")
    return code


def _naive_utc(value: datetime | None) -> datetime | None:
    """Datetimes are kept as naive UTC so SQLite and PostgreSQL round-trip them the same."""
    if value is not None and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


class Evidence(_Model):
    """Where a requirement value came from: the source's structured data or the posting text."""

    source: ValueSource
    text: str = Field(description="The sentence (or structured field) the value was read from.")


class Pay(_Model):
    """Pay as published. A single figure gives min == max; "up to $X" gives only max."""

    min: float | None = Field(default=None, ge=0)
    max: float | None = Field(default=None, ge=0)
    period: PayPeriod
    currency: str = "USD"

    @model_validator(mode="after")
    def _check_range(self) -> Pay:
        if self.min is None and self.max is None:
            raise ValueError("pay needs min or max")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"pay min {self.min} is above max {self.max}")
        return self

    def hourly(self) -> tuple[float | None, float | None]:
        """(min, max) per hour, with 2,080 working hours a year.

        >>> Pay(min=41600, max=52000, period="year").hourly()
        (20.0, 25.0)
        """
        hours = HOURS_PER_PERIOD[self.period]
        lo = None if self.min is None else round(self.min / hours, 2)
        hi = None if self.max is None else round(self.max / hours, 2)
        return lo, hi


class CertificationRequirement(_Model):
    """One any-of group of credentials: "RHIT or RHIA required" is one group."""

    any_of: list[str] = Field(min_length=1)
    level: RequirementLevel
    within_months: int | None = Field(default=None, ge=0)
    evidence: Evidence | None = None

    @field_validator("any_of")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        return _dedupe([_cert_code(c) for c in v])


def _states(values: list[str]) -> list[str]:
    out = []
    for v in values:
        code = state_code(v) if isinstance(v, str) else None
        if code is None:
            raise ValueError(f"unknown US state {v!r}; use a two-letter code such as TX")
        out.append(code)
    return _dedupe(out)


class Combination(_Model):
    """A proportional route: met when experience held / ``experience_years`` + schooling held /
    ``schooling_years`` >= 1 ("equivalent combinations of experience and education")."""

    experience_years: float = Field(gt=0, description="Experience the full experience route asks.")
    schooling_years: float = Field(
        gt=0, description="Years of schooling above high school the full education route asks."
    )
    experience_kind: ExperienceKind | None = None
    #: Only schooling above the first 60 semester hours (two years) counts (federal GS-5 rule).
    hours_above_60: bool = False


class QualificationPath(_Model):
    """One way to qualify: every item it states is needed (a conjunction). A posting's paths are
    alternatives; the flat Requirements fields are what all of them share."""

    #: what the route is, for people: "experience", "education", "combination", "certification"
    label: str = Field(min_length=1)
    #: the grade this path qualifies for, on a multi-grade announcement ("GS-5"); None otherwise
    grade: str | None = None
    education: EducationLevel | None = None
    education_field: StudyField | None = None
    experience_years: float | None = Field(default=None, ge=0)
    experience_kind: ExperienceKind | None = None
    #: any-of groups, all needed on this path
    certifications: list[CertificationRequirement] = Field(default_factory=list)
    combination: Combination | None = None
    evidence: Evidence | None = None


class Requirements(_Model):
    """What a posting asks for. None / [] means the posting does not say."""

    education_required: EducationLevel | None = None
    education_preferred: EducationLevel | None = None
    education_substitutable: bool = False
    experience_years_required: float | None = Field(default=None, ge=0)
    experience_years_preferred: float | None = Field(default=None, ge=0)
    #: the kind of the required experience (coding < records < healthcare < any); None: any
    experience_kind: ExperienceKind | None = None
    certifications: list[CertificationRequirement] = Field(default_factory=list)
    #: alternative routes (docs/design.md "Qualification paths"); [] when the posting has one route
    paths: list[QualificationPath] = Field(default_factory=list)
    #: two-letter states a remote job may be done from (a required item); [] = not limited
    residence_states: list[str] = Field(default_factory=list)
    employment_types: list[EmploymentType] = Field(default_factory=list)
    workplace: Workplace | None = None
    shifts: list[Shift] = Field(default_factory=list)
    pay: Pay | None = None
    skills: list[str] = Field(default_factory=list)
    #: field name -> where its value came from. Certification groups carry their own evidence.
    evidence: dict[str, Evidence] = Field(default_factory=dict)

    @field_validator("employment_types", "shifts", "skills")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        return _dedupe(v)

    @field_validator("residence_states")
    @classmethod
    def _residence(cls, v: list[str]) -> list[str]:
        return _states(v)

    @field_validator("skills")
    @classmethod
    def _skills(cls, v: list[str]) -> list[str]:
        return _skill_ids(v)

    def required_certifications(self) -> list[CertificationRequirement]:
        return [c for c in self.certifications if c.level == "required"]


class Hints(_Model):
    """Structured requirement data a source gave (schema.org, USAJOBS fields, ATS flags).

    The extractor uses these first and reads the text for the rest.
    """

    education_required: EducationLevel | None = None
    education_substitutable: bool | None = None
    experience_years_required: float | None = Field(default=None, ge=0)
    employment_types: list[EmploymentType] = Field(default_factory=list)
    workplace: Workplace | None = None
    pay: Pay | None = None
    #: the structured field each hint came from, e.g. {"pay": "baseSalary"}
    fields: dict[str, str] = Field(default_factory=dict)


class Location(_Model):
    city: str | None = None
    state: str | None = Field(default=None, description="Two-letter US state code.")
    country: str | None = "US"

    @field_validator("state")
    @classmethod
    def _state(cls, v: str | None) -> str | None:
        return _us_state(v)


class Posting(_Model):
    """A job posting as a source gave it, plus the requirements the pipeline extracted."""

    model_config = ConfigDict(extra="forbid")

    source: str = Field(min_length=1)
    external_id: str = Field(min_length=1)
    url: str
    apply_url: str | None = None
    title: str
    employer: str | None = None
    description: str = ""
    description_html: str | None = None
    locations: list[Location] = Field(default_factory=list)
    remote: bool | None = None
    posted_at: datetime | None = None
    valid_through: datetime | None = None
    hints: Hints = Field(default_factory=Hints)
    raw: dict[str, Any] = Field(default_factory=dict)
    requirements: Requirements | None = None
    #: the Store's row id, set when a posting is read back from storage
    id: int | None = None

    @field_validator("posted_at", "valid_through")
    @classmethod
    def _dates(cls, v: datetime | None) -> datetime | None:
        return _naive_utc(v)

    def content_hash(self) -> str:
        """Hash of what the source said (not of the store's bookkeeping), to skip rewrites."""
        data = self.model_dump(mode="json", exclude={"id", "requirements"})
        blob = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()
