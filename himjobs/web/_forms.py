"""The profile form: form fields <-> CandidateProfile, errors per field, a local profile file."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from pydantic import ValidationError

from schemas import CandidateProfile, SchemaError, load_profile
from schemas.profile import pay_from_text

#: Form fields that hold several values (checkbox groups).
LIST_FIELDS = (
    "certifications",
    "pending_certifications",
    "workplaces",
    "shifts",
    "employment_types",
    "skills",
)
#: The optional breakdown of the years by kind (CandidateProfile.experience_by_kind): form field
#: -> kind. A job that asks for medical records experience counts only the years of records work
#: (coding included); without a breakdown every year counts and the verdict says it assumed so.
KIND_FIELDS = {
    "experience_coding": "coding",
    "experience_records": "records",
    "experience_healthcare": "healthcare",
}
SCALAR_FIELDS = (
    "education",
    "experience_years",
    *KIND_FIELDS,
    "state",
    "city",
    "zip",
    "max_miles",
    "min_pay",
    "pay_period",
)
PROFILE_FILE = "profile.json"
#: Each field's own label on the form, for the error summary ("ZIP code: Enter a 5-digit ...").
FIELD_LABELS = {
    "education": "Highest education",
    "certifications": "Certifications you hold",
    "pending_certifications": "Certifications in progress or eligible for",
    "experience_years": "Years of work experience",
    "experience_coding": "Years of medical coding",
    "experience_records": "Years of other medical records work",
    "experience_healthcare": "Years of other healthcare work",
    "state": "State",
    "city": "City",
    "zip": "ZIP code",
    "max_miles": "Farthest commute, in miles",
    "workplaces": "Where you want to work",
    "shifts": "Shifts you can work",
    "employment_types": "Kinds of employment",
    "skills": "Skills",
    "min_pay": "Lowest pay you would take",
    "pay_period": "Per",
}


class FormValues(dict[str, Any]):
    """What the user typed, kept as text so a rejected form comes back exactly as sent."""


def read_form(data: Mapping[str, Any], getlist: Any) -> FormValues:
    """Collect the profile fields from a form or query string (``getlist(name)`` for lists)."""
    values = FormValues()
    for name in SCALAR_FIELDS:
        raw = data.get(name)
        values[name] = raw.strip() if isinstance(raw, str) else ""
    for name in LIST_FIELDS:
        values[name] = [v for v in getlist(name) if isinstance(v, str) and v]
    values["willing_to_relocate"] = data.get("willing_to_relocate") in ("on", "true", "1")
    return values


def has_profile(data: Mapping[str, Any]) -> bool:
    """Whether a query string carries a profile (the matches link always sets education)."""
    return "education" in data


def _message(err: Mapping[str, Any]) -> str:
    msg = str(err["msg"])
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    if err["type"] == "float_parsing":
        return "Enter a number, for example 1.5"
    if err["type"] == "string_pattern_mismatch" and err["loc"][:1] == ("zip",):
        return "Enter a 5-digit ZIP code, such as 78701 (or ZIP+4, 78701-1234)"
    if err["type"] == "literal_error":
        return "Choose one of the listed options"
    return msg[0].upper() + msg[1:] if msg else "Not valid"


def to_profile(values: FormValues) -> tuple[CandidateProfile | None, dict[str, str]]:
    """Validate with CandidateProfile; errors keyed by the form field they belong to."""
    data: dict[str, Any] = {"education": values["education"] or "high_school"}
    for name in LIST_FIELDS:
        data[name] = list(values[name])
    if values["experience_years"]:
        data["experience_years"] = values["experience_years"]
    by_kind = {kind: values[name] or "0" for name, kind in KIND_FIELDS.items()}
    if any(values[name] for name in KIND_FIELDS):
        data["experience_by_kind"] = by_kind
    for name in ("state", "city", "zip", "max_miles"):
        if values[name]:
            data[name] = values[name]
    data["willing_to_relocate"] = values["willing_to_relocate"]
    if values["min_pay"]:
        # "$18/hr", "18", "$40,000 a year": the period typed wins over the period chosen;
        # anything else goes to the model as typed, for its own message ("Enter a number")
        period = values["pay_period"] or "hour"
        try:
            data["min_pay"] = pay_from_text(values["min_pay"], period=period)
        except ValueError:
            data["min_pay"] = {"min": values["min_pay"], "period": period}
    try:
        profile = CandidateProfile.model_validate(data)
    except ValidationError as err:
        errors: dict[str, str] = {}
        for e in err.errors():
            loc = e["loc"]
            field = str(loc[0]) if loc else "form"
            if field == "min_pay" and len(loc) > 1 and loc[1] == "period":
                field = "pay_period"
            msg = _message(e)
            if field == "experience_by_kind":
                # a kind's figure: the parser names it in loc, the range check in its message
                # ("experience_by_kind.coding: -1.0 is not between 0 and 60")
                kind, _, rest = msg.partition(": ") if len(loc) == 1 else (str(loc[1]), "", msg)
                field = _KIND_FIELD.get(kind.rpartition(".")[2], field)
                msg = rest[:1].upper() + rest[1:] if rest else msg
            errors.setdefault(field, msg)
        return None, errors
    return _with_total(profile, given=bool(values["experience_years"]))


def _with_total(
    profile: CandidateProfile, *, given: bool
) -> tuple[CandidateProfile | None, dict[str, str]]:
    """The breakdown against the total: a total left empty is the sum of the kinds; kinds that
    add up to more than the total given are an error on the total (one of them is wrong)."""
    kinds = sum(profile.experience_by_kind.values())
    if not given and kinds:
        try:
            return profile.model_validate({**profile.model_dump(), "experience_years": kinds}), {}
        except ValidationError as err:
            return None, {"experience_years": _message(err.errors()[0])}
    if kinds > profile.experience_years:
        msg = (
            f"The years by kind add up to {kinds:g}, more than {profile.experience_years:g}; "
            "count each year once, in its narrowest kind"
        )
        return None, {"experience_years": msg}
    return profile, {}


#: kind -> its form field (where an error in experience_by_kind is shown).
_KIND_FIELD = {kind: name for name, kind in KIND_FIELDS.items()}


def from_profile(profile: CandidateProfile) -> FormValues:
    """Form values that show ``profile``."""
    values = FormValues()
    values["education"] = profile.education
    values["experience_years"] = f"{profile.experience_years:g}"
    for name, kind in KIND_FIELDS.items():
        years = profile.experience_by_kind.get(kind)  # type: ignore[call-overload]
        values[name] = "" if years is None else f"{years:g}"
    values["state"] = profile.state or ""
    values["city"] = profile.city or ""
    values["zip"] = profile.zip or ""
    values["max_miles"] = "" if profile.max_miles is None else f"{profile.max_miles:g}"
    values["willing_to_relocate"] = profile.willing_to_relocate
    pay = profile.min_pay
    amount = None if pay is None else (pay.min if pay.min is not None else pay.max)
    values["min_pay"] = "" if amount is None else f"{amount:g}"
    values["pay_period"] = "hour" if pay is None else pay.period
    for name in LIST_FIELDS:
        values[name] = list(getattr(profile, name))
    return values


def query_string(values: FormValues, **extra: Any) -> str:
    """The profile (and any page options) as a query string, so every page is a plain link."""
    pairs: list[tuple[str, str]] = []
    for name in SCALAR_FIELDS:
        if values.get(name):
            pairs.append((name, str(values[name])))
    if "education" not in dict(pairs):
        pairs.append(("education", "high_school"))
    if values.get("willing_to_relocate"):
        pairs.append(("willing_to_relocate", "on"))
    for name in LIST_FIELDS:
        pairs.extend((name, v) for v in values.get(name, ()))
    for key, val in extra.items():
        if val not in (None, ""):
            pairs.append((key, str(val)))
    return urlencode(pairs)


def profile_path(profile_dir: Path) -> Path:
    return profile_dir / PROFILE_FILE


def save_profile(profile: CandidateProfile, profile_dir: Path) -> Path:
    """Write the profile as JSON under ``profile_dir`` (atomically: a crash leaves the old one)."""
    profile_dir.mkdir(parents=True, exist_ok=True)
    target = profile_path(profile_dir)
    text = json.dumps(profile.model_dump(mode="json", exclude_defaults=True), indent=2)
    fd, tmp = tempfile.mkstemp(dir=profile_dir, prefix=".profile-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        os.replace(tmp, target)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def load_saved(profile_dir: Path) -> tuple[CandidateProfile | None, str | None]:
    """(profile, None), or (None, a one-line reason) when there is none or it is unreadable."""
    path = profile_path(profile_dir)
    if not path.exists():
        return None, f"No saved profile at {path} yet."
    try:
        return load_profile(path), None
    except SchemaError as err:
        return None, str(err)


def selected(values: FormValues, name: str) -> Sequence[str]:
    got = values.get(name, ())
    return got if isinstance(got, list) else ()
