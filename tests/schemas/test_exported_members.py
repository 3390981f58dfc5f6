"""Other tools import these names: changing them is a breaking change (pinned like httpx does)."""

import schemas


def test_schemas_exports() -> None:
    assert sorted(schemas.__all__) == sorted(
        [
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
    )
    for name in schemas.__all__:
        assert getattr(schemas, name) is not None
