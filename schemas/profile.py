"""Pydantic v2 models of the job seeker's side: CandidateProfile (what a seeker has and wants,
with pay wishes written as people write them, ``pay_from_text``), and what matching says of a
posting for them (Verdict, MatchResult). The postings and their requirements are in
schemas.models.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import Field, field_validator

from schemas.models import Pay, Posting, _cert_code, _dedupe, _Model, _skill_ids, _us_state
from schemas.vocab import (
    EXPERIENCE_KIND_RANK,
    EmploymentType,
    ExperienceKind,
    ProfileEducation,
    RequirementLevel,
    Shift,
    VerdictStatus,
    Workplace,
)

_PAY_TEXT = re.compile(
    r"^\s*\$?\s*(?P<amount>\d[\d,]*(?:\.\d+)?)\s*(?P<k>k)?\s*"
    r"(?:(?:/|per|an?|a)\s*(?P<period>hour|hr|h|week|wk|month|mo|year|yr|annum|annually))?"
    r"\s*(?:usd)?\s*$",
    re.I,
)
_PERIOD_WORDS = {
    "hr": "hour",
    "h": "hour",
    "wk": "week",
    "mo": "month",
    "yr": "year",
    "annum": "year",
    "annually": "year",
}


def pay_from_text(value: Any, *, period: str = "hour") -> Any:
    """A pay wish as people write it: 18 (dollars an hour), "$18/hr", "$40,000 a year",
    "45k/yr". Anything else is returned unchanged for the Pay model to judge.

    >>> pay_from_text(18), pay_from_text("$18.50/hr")
    ({'min': 18, 'period': 'hour'}, {'min': 18.5, 'period': 'hour'})
    >>> pay_from_text("45k/yr")
    {'min': 45000.0, 'period': 'year'}
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return {"min": value, "period": period}
    if isinstance(value, str):
        m = _PAY_TEXT.match(value)
        if m is None:
            raise ValueError(f"{value!r} is not a pay amount; write it as 18 or $18/hr")
        amount = float(m["amount"].replace(",", "")) * (1000 if m["k"] else 1)
        said = (m["period"] or "").lower()
        return {"min": amount, "period": _PERIOD_WORDS.get(said, said or period)}
    return value


class CandidateProfile(_Model):
    """What a job seeker has and wants. Empty preference lists mean "any"."""

    education: ProfileEducation = Field(
        default="high_school",
        description="Highest education completed: none, high_school (diploma or GED), "
        "certificate, associate, bachelor or master.",
    )
    field_of_study: str | None = Field(
        default=None, description="What you studied, e.g. 'health information technology'."
    )
    certifications: list[str] = Field(
        default_factory=list,
        description='Credential codes you hold, e.g. ["CCA", "CBCS"] (schemas.vocab).',
    )
    pending_certifications: list[str] = Field(
        default_factory=list,
        description="Credential codes you are working toward (an exam booked, a course under "
        "way); they meet 'must obtain within N months of hire'.",
    )
    experience_years: float = Field(
        default=0.0,
        ge=0,
        le=60,
        description="Years of relevant work experience; 0.5 is six months.",
    )
    experience_by_kind: dict[ExperienceKind, float] = Field(
        default_factory=dict,
        description="Optional breakdown of experience_years by kind (coding, records, "
        "healthcare, any): years whose narrowest kind is each kind. Without it, "
        "experience_years counts for every kind.",
    )
    skills: list[str] = Field(
        default_factory=list,
        description='Skill ids you have, e.g. ["hipaa", "epic"] (schemas.vocab.SKILLS).',
    )
    state: str | None = Field(default=None, description="Two-letter US state you live in, e.g. TX.")
    city: str | None = Field(default=None, description="Your city, e.g. Austin.")
    zip: str | None = Field(
        default=None, pattern=r"^\d{5}(-\d{4})?$", description="Your 5-digit ZIP code."
    )
    willing_to_relocate: bool = Field(
        default=False, description="True: postings in any state are in reach."
    )
    max_miles: float | None = Field(
        default=None,
        gt=0,
        le=3000,
        description="Farthest an on-site or hybrid job may be from your ZIP, in miles "
        "(needs zip); a posting without a city is judged by state.",
    )
    workplaces: list[Workplace] = Field(
        default_factory=list,
        description="Workplaces you accept: on_site, hybrid, remote (empty: any).",
    )
    shifts: list[Shift] = Field(
        default_factory=list,
        description="Shifts you accept: day, evening, night, weekend, rotating (empty: any).",
    )
    employment_types: list[EmploymentType] = Field(
        default_factory=list,
        description="Job types you accept: full_time, part_time, per_diem, temporary, "
        "contract, internship (empty: any).",
    )
    min_pay: Pay | None = Field(
        default=None,
        description='Lowest pay you accept: 18 means $18 an hour; also "$18/hr", '
        '"$40,000 a year", or a table {min = 40000, period = "year"}.',
    )

    @field_validator("min_pay", mode="before")
    @classmethod
    def _pay_wish(cls, v: Any) -> Any:
        # min_pay = 18 means $18 an hour; "$18/hr" and "$40,000 a year" read as written
        return pay_from_text(v)

    @field_validator("certifications", "pending_certifications", mode="before")
    @classmethod
    def _codes(cls, v: Any) -> Any:
        if isinstance(v, list):
            return _dedupe([_cert_code(c) if isinstance(c, str) else c for c in v])
        return v

    @field_validator("skills")
    @classmethod
    def _skills(cls, v: list[str]) -> list[str]:
        return _dedupe(_skill_ids(v))

    @field_validator("state")
    @classmethod
    def _state(cls, v: str | None) -> str | None:
        return _us_state(v)

    @field_validator("workplaces", "shifts", "employment_types")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        return _dedupe(v)

    @field_validator("experience_by_kind")
    @classmethod
    def _by_kind(cls, v: dict[str, float]) -> dict[str, float]:
        for kind, years in v.items():
            if not 0 <= years <= 60:
                raise ValueError(f"experience_by_kind.{kind}: {years} is not between 0 and 60")
        return v

    def experience_of(self, kind: str | None) -> float:
        """Years of experience that count for ``kind`` (that kind or a narrower one); the total
        when the profile gives no breakdown or the kind is "any"."""
        if not self.experience_by_kind or kind in (None, "any"):
            return max(self.experience_years, sum(self.experience_by_kind.values()))
        top = EXPERIENCE_KIND_RANK[kind]
        return sum(y for k, y in self.experience_by_kind.items() if EXPERIENCE_KIND_RANK[k] <= top)


class Verdict(_Model):
    """One requirement of a posting, judged against a profile."""

    field: str
    label: str
    level: RequirementLevel
    status: VerdictStatus
    evidence: str | None = None
    explanation: str


class MatchResult(_Model):
    """A posting judged against a profile: eligible when no required verdict is not_met."""

    posting: Posting | None = None
    posting_id: int | None = None
    eligible: bool
    score: int = Field(ge=0, le=100)
    verdicts: list[Verdict] = Field(default_factory=list)
    #: the candidate's preferences this posting does not meet (workplace, shift, pay...)
    relaxed: list[str] = Field(default_factory=list)

    @property
    def missing(self) -> list[Verdict]:
        """Required verdicts that are not met."""
        return [v for v in self.verdicts if v.level == "required" and v.status == "not_met"]

    @property
    def near_miss(self) -> bool:
        """Missing exactly one required item."""
        return len(self.missing) == 1
