"""Credential lists introduced with their level before the colon, or "(any one)" (session 15,
lead; examples ours). "One of the following credentials is required:" over a list had split it
into one required group per code (four credentials all asked, where any one does), and "Any one
of the following certifications is required: CPC; CCS; RHIT." kept only the CPC."""

from __future__ import annotations

import pytest

from matcher import extract

ONE_GROUP = [
    ("One of the following credentials is required: RHIT; RHIA; CCS; CPC", "required"),
    ("One of the following credentials is required:\n- RHIT\n- RHIA\n- CCS\n- CPC", "required"),
    ("Any one of the following certifications is required: CPC; CCS; RHIT.", "required"),
    ("One of the following certifications are accepted:\nCPC\nCCS\nRHIT", "required"),
    ("Required certifications (any one): CPC; CCS; RHIT", "required"),
    ("Certifications (at least one):\n- CPC\n- CCS\n- RHIT", "required"),
    ("Certification (one required): CPC, CCS", "required"),
    ("One of the following is preferred: CPC; CCS", "preferred"),
    ("Requirements (one of these):\n- CPC\n- CCS\nand 2 years of experience", "required"),
    (
        "Certifications - either of the following required:\n- Certified Professional Coder "
        "(CPC)\n- Certified Coding Specialist (CCS)",
        "required",
    ),
]


@pytest.mark.parametrize(("text", "level"), ONE_GROUP)
def test_the_list_is_one_any_of_group(text: str, level: str) -> None:
    groups = [(sorted(g.any_of), g.level) for g in extract(text).certifications]
    assert len(groups) == 1, groups
    assert groups[0][1] == level
    assert len(groups[0][0]) >= 2


#: Near-misses: each credential is asked on its own.
SEPARATE = [
    "Medical Records Clerk (one)\nCPC required. CCS required.",
    "CPC and CCS are both required.",
    "CPC required; CRC required.",
    "One of our coders will train you.\nCPC required. CCS required.",
]


@pytest.mark.parametrize("text", SEPARATE)
def test_credentials_asked_each_stay_apart(text: str) -> None:
    groups = [g.any_of for g in extract(text).certifications]
    assert len(groups) == 2 and all(len(g) == 1 for g in groups), groups
