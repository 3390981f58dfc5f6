"""The vocabulary every himjobs package speaks: pydantic v2 models and controlled values."""

from __future__ import annotations

from schemas._loading import SchemaError, describe_validation_error, load_profile, validate_model
from schemas.models import (
    CertificationRequirement,
    Combination,
    Evidence,
    Hints,
    Location,
    Pay,
    Posting,
    QualificationPath,
    Requirements,
)
from schemas.profile import CandidateProfile, MatchResult, Verdict

__all__ = [
    "CandidateProfile",
    "CertificationRequirement",
    "Combination",
    "Evidence",
    "Hints",
    "Location",
    "MatchResult",
    "Pay",
    "Posting",
    "QualificationPath",
    "Requirements",
    "SchemaError",
    "Verdict",
    "describe_validation_error",
    "load_profile",
    "validate_model",
]
