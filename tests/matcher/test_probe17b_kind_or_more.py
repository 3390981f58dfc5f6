"""A floor on the figure keeps the kind (session 17, s17probe2; examples ours).

"Two or more years of release of information experience required" gave no experience kind:
the flat kind is left unset where the sentence names alternatives ("medical records or medical
office"), and the " or " of "two or more years" read as one. Every kind was lost after it, so a
front-desk worker was told their healthcare years met a records or coding requirement."""

from __future__ import annotations

import pytest

from matcher import extract, match
from schemas import CandidateProfile

FRONT_DESK = CandidateProfile(education="high_school", experience_by_kind={"healthcare": 3})


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("Two or more years of release of information experience required.", "records", "not_met"),
        ("Two (2) or more years of coding experience required.", "coding", "not_met"),
        ("Three or more years of HIM experience.", "records", "not_met"),
        ("One year or longer of medical records experience.", "records", "not_met"),
        ("2 or more years of experience in a hospital setting.", "healthcare", "met"),
        # near-misses: alternatives of several kinds stay without a kind
        ("Two or more years of coding or front desk experience.", None, "met"),
        ("Two years of medical records or medical office experience.", None, "met"),
        ("3 or more years of experience required.", None, "met"),
    ],
)
def test_or_more_is_no_alternative(text: str, kind: str | None, status: str) -> None:
    req = extract("Medical Records Clerk\n" + text)
    assert req.experience_years_required is not None
    assert req.experience_kind == kind
    [verdict] = [v for v in match(req, FRONT_DESK).verdicts if v.field.startswith("experience")]
    assert verdict.status == status, verdict.explanation
