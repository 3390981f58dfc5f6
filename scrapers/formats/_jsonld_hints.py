"""The structured hints a schema.org JobPosting gives (employmentType, baseSalary,
educationRequirements, experienceRequirements, experienceInPlaceOfEducation) -> schemas Hints,
with the field each came from; the posting itself is read in scrapers/formats/jsonld.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from schemas.models import Hints, Pay
from schemas.vocab import EDUCATION_RANK
from scrapers.formats._values import parse_bool, scalar_text

#: Google's employmentType values (and common spellings) -> our vocabulary. VOLUNTEER and OTHER
#: have no counterpart and give nothing.
EMPLOYMENT_TYPES: dict[str, str] = {
    "FULL_TIME": "full_time",
    "PART_TIME": "part_time",
    "CONTRACTOR": "contract",
    "CONTRACT": "contract",
    "TEMPORARY": "temporary",
    "INTERN": "internship",
    "INTERNSHIP": "internship",
    "PER_DIEM": "per_diem",
    "PRN": "per_diem",
}
#: credentialCategory -> education level. "no requirements" sets nothing (there is no level).
CREDENTIAL_CATEGORIES: dict[str, str] = {
    "high school": "high_school",
    "professional certificate": "certificate",
    "associate degree": "associate",
    "bachelor degree": "bachelor",
    "postgraduate degree": "master",
}
#: QuantitativeValue.unitText -> pay period. DAY has no period in our vocabulary and converting
#: it would assume a number of days a week, so a day rate gives no pay hint (raw keeps it).
UNIT_TEXTS: dict[str, str] = {"HOUR": "hour", "WEEK": "week", "MONTH": "month", "YEAR": "year"}
_NUMBER_RE = re.compile(r"-?\d+(?:\.\d+)?")


def hints(node: Mapping[str, Any], *, remote: bool) -> Hints:
    fields: dict[str, str] = {}
    types = _employment_types(node.get("employmentType"))
    if types:
        fields["employment_types"] = "employmentType"
    pay = _pay(node.get("baseSalary"))
    if pay is not None:
        fields["pay"] = "baseSalary"
    education = _education(node.get("educationRequirements"))
    if education is not None:
        fields["education_required"] = "educationRequirements"
    months = _experience_months(node.get("experienceRequirements"))
    years = None if months is None else round(months / 12, 2)
    if years is not None:
        fields["experience_years_required"] = "experienceRequirements"
    substitutable = parse_bool(node.get("experienceInPlaceOfEducation"))
    if substitutable is not None:
        fields["education_substitutable"] = "experienceInPlaceOfEducation"
    workplace = None
    if remote:
        workplace, fields["workplace"] = "remote", "jobLocationType"
    return Hints(
        education_required=education,
        education_substitutable=substitutable,
        experience_years_required=years,
        employment_types=types,
        workplace=workplace,
        pay=pay,
        fields=fields,
    )


def _employment_types(value: Any) -> list[str]:
    raw = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in raw:
        for part in scalar_text(item).split(","):
            key = re.sub(r"[\s-]+", "_", part.strip().upper())
            kind = EMPLOYMENT_TYPES.get(key)
            if kind and kind not in out:
                out.append(kind)
    return out


def _pay(value: Any) -> Pay | None:
    if not isinstance(value, dict):
        return None
    currency = scalar_text(value.get("currency")) or "USD"
    inner = value.get("value")
    unit = scalar_text(value.get("unitText"))
    lo = hi = None
    if isinstance(inner, dict):
        unit = scalar_text(inner.get("unitText")) or unit
        single = _number(inner.get("value"))
        lo = _number(inner.get("minValue"))
        hi = _number(inner.get("maxValue"))
        if single is not None and lo is None and hi is None:
            lo = hi = single
    else:
        lo = hi = _number(inner)
    period = UNIT_TEXTS.get(unit.upper())
    # A zero is a template's placeholder (Google's own example sends 0.00): not stated.
    lo, hi = (lo or None), (hi or None)
    if period is None or (lo is None and hi is None):
        return None
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return Pay(min=lo, max=hi, period=period, currency=currency.upper())


def _education(value: Any) -> str | None:
    """The lowest level among the credentials listed.

    schema.org lists credentials a posting accepts without saying they are all required, so the
    lowest is what every applicant is sure to need (docs/design.md: alternatives give the lowest).
    """
    levels: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        category = item.get("credentialCategory") if isinstance(item, dict) else item
        cats = category if isinstance(category, list) else [category]
        for cat in cats:
            level = CREDENTIAL_CATEGORIES.get(scalar_text(cat).lower())
            if level:
                levels.append(level)
    return min(levels, key=EDUCATION_RANK.__getitem__) if levels else None


def _experience_months(value: Any) -> float | None:
    found: list[float] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            months = _number(item.get("monthsOfExperience"))
            if months is not None:
                found.append(months)
        elif scalar_text(item).lower() == "no requirements":
            found.append(0.0)
    return min(found) if found else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if value >= 0 else None
    m = _NUMBER_RE.search(scalar_text(value).replace(",", ""))
    return float(m.group()) if m and float(m.group()) >= 0 else None
