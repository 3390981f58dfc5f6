"""Qualification paths, residence limits and experience kinds in the public models (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemas import CandidateProfile, Combination, QualificationPath, Requirements

ROOT = Path(__file__).resolve().parents[2]


def test_requirements_without_the_new_fields_still_load() -> None:
    # what a store written before paths existed holds
    old = {"education_required": "associate", "education_substitutable": True}
    req = Requirements.model_validate(old)
    assert req.paths == [] and req.residence_states == [] and req.experience_kind is None


def test_paths_round_trip_through_json() -> None:
    req = Requirements(
        education_substitutable=True,
        paths=[
            QualificationPath(label="experience", experience_years=1, experience_kind="records"),
            QualificationPath(
                label="education", education="associate", education_field="health_information"
            ),
            QualificationPath(
                label="combination",
                combination=Combination(experience_years=1, schooling_years=2),
            ),
        ],
        residence_states=["texas", "OK"],
    )
    back = Requirements.model_validate_json(req.model_dump_json())
    assert back == req
    assert back.residence_states == ["TX", "OK"]


def test_bad_values_are_refused() -> None:
    with pytest.raises(ValidationError, match="Texass"):
        Requirements(residence_states=["Texass"])
    with pytest.raises(ValidationError):
        QualificationPath(label="experience", experience_kind="cooking")
    with pytest.raises(ValidationError):
        Combination(experience_years=0, schooling_years=2)
    with pytest.raises(ValidationError, match="between 0 and 60"):
        CandidateProfile(experience_by_kind={"records": 99})


def test_experience_by_kind_counts_narrower_kinds() -> None:
    p = CandidateProfile(
        experience_years=4, experience_by_kind={"coding": 1, "records": 0.5, "any": 2.5}
    )
    assert p.experience_of("coding") == 1
    assert p.experience_of("records") == 1.5
    assert p.experience_of("healthcare") == 1.5
    assert p.experience_of("any") == 4
    # no breakdown: the total counts for every kind
    assert CandidateProfile(experience_years=2).experience_of("coding") == 2


def _schema(*args: str) -> dict[str, object]:
    # `himjobs schema` in this process (tests/_cli.py): the command's output, no start-up cost
    from tests._cli import run_himjobs

    res = run_himjobs("schema", *args, cwd=ROOT)
    assert res.code == 0, res.err
    return dict(json.loads(res.out))


def test_schema_command_lists_paths() -> None:
    props = _schema("Requirements")["properties"]
    assert isinstance(props, dict)
    assert {"paths", "residence_states", "experience_kind"} <= set(props)
    assert "experience_by_kind" in _schema("CandidateProfile")["properties"]  # type: ignore[operator]
    assert "QualificationPath" in _schema()
