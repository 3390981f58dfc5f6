"""A credential that is one numbered or lettered route of a block (lead, session 14; texts ours,
in the style of federal and state qualification standards).

"(3) Certification. Current RHIT ..." ended the block at its own label (a "Certification:"
heading ends a block), so the third route was lost and the RHIT was read as asked of everyone:
a job seeker with the year of experience was told the RHIT was missing. Also: an "or" between
two codes ("(b) a CCA or RHIT credential") split the route, and a code "from AHIMA" gave every
AHIMA code.
"""

from __future__ import annotations

import pytest

from matcher import extract, match
from schemas import CandidateProfile

BLOCKS = [
    # (text, the credential route's codes)
    (
        "Experience and Education:\n"
        "(1) Experience. One year of experience performing medical record technician duties; OR\n"
        "(2) Education. Successful completion of an associate's degree in health information "
        "technology; OR\n"
        "(3) Certification. Current RHIT certification from AHIMA.",
        ["RHIT"],
    ),
    (
        "(a) One year of experience performing medical record technician duties; OR\n"
        "(b) An associate's degree in health information technology; OR\n"
        "(c) Certification: current RHIT.",
        ["RHIT"],
    ),
    (
        "1. One year of release of information experience; OR\n"
        "2. An associate degree in HIT; OR\n"
        "3. Certification: CCA or RHIT from AHIMA.",
        ["CCA", "RHIT"],
    ),
    (
        "Applicants qualify with either: (a) one year of experience releasing health "
        "information, or (b) a CCA or RHIT credential.",
        ["CCA", "RHIT"],
    ),
]


@pytest.mark.parametrize(("text", "codes"), BLOCKS)
def test_a_credential_route_is_no_flat_requirement(text: str, codes: list[str]) -> None:
    req = extract(text, title="Medical Records Technician")
    assert req.certifications == []
    routes = [p for p in req.paths if p.label == "certification"]
    assert [c.any_of for p in routes for c in p.certifications] == [codes]
    assert req.paths[0].label == "experience" and req.paths[0].experience_years == 1.0


def test_the_year_of_experience_qualifies_without_the_credential() -> None:
    req = extract(BLOCKS[0][0], title="Medical Records Technician")
    res = match(req, CandidateProfile(education="high_school", experience_years=1))
    assert res.eligible
    assert not [v for v in res.verdicts if v.field == "certifications"]


NOT_ROUTES = [
    # near-misses: a certifications heading after the routes still ends the block
    (
        "1. One year of release of information experience; OR\n"
        "2. An associate degree in HIT.\n\n"
        "Certification: RHIT required.",
        [["RHIT"]],
    ),
    (
        "One year of experience, or an associate degree in HIT.\nCertifications: CCA preferred.",
        [["CCA"]],
    ),
]


@pytest.mark.parametrize(("text", "flat"), NOT_ROUTES)
def test_a_certifications_heading_after_the_routes_is_everyones(
    text: str, flat: list[list[str]]
) -> None:
    req = extract(text, title="Medical Records Technician")
    assert [c.any_of for c in req.certifications] == flat
    assert not [p for p in req.paths if p.label == "certification"]


PATTERNS = [
    # civil-service routes labelled "Pattern" or "Alternative" like "Option" (lead, session 14)
    (
        "Pattern I: One year of full-time experience in medical record keeping.\n"
        "Pattern II: Completion of 30 semester units in health information technology.\n"
        "Pattern III: Possession of a valid RHIT certificate.",
        ["experience", "education", "certification"],
    ),
    (
        "Alternative A: Two years of clerical work in a hospital records unit.\n"
        "Alternative B: An associate degree in health information technology.",
        ["experience", "education"],
    ),
]


@pytest.mark.parametrize(("text", "labels"), PATTERNS)
def test_pattern_and_alternative_labels_are_routes(text: str, labels: list[str]) -> None:
    req = extract(text, title="Medical Records Technician")
    assert [p.label for p in req.paths] == labels
    assert req.certifications == []
    assert req.experience_years_required is None and req.education_required is None


CERTIFICATE_WORDS = [
    # (text, education required, credential groups): a credential's or a card's certificate is
    # no certificate programme
    ("Possession of a valid RHIT certificate is required.", None, [["RHIT"]]),
    ("Must hold a current RHIA certificate.", None, [["RHIA"]]),
    ("Food handler certificate required.", None, []),
    ("First aid certificate required.", None, []),
    # near-misses: schooling
    ("Coding certificate required.", "certificate", []),
    ("Certificate in medical coding required.", "certificate", []),
    ("A certificate from an accredited HIM program is required.", "certificate", []),
]


@pytest.mark.parametrize(("text", "education", "groups"), CERTIFICATE_WORDS)
def test_a_credentials_certificate_is_no_schooling(
    text: str, education: str | None, groups: list[list[str]]
) -> None:
    req = extract(text)
    assert req.education_required == education
    assert [c.any_of for c in req.certifications] == groups


ISSUER_NAMED = [
    # (text, groups as (codes, level)): a Workday licences list names the issuing body between
    # the credential and its level (lead, session 14)
    (
        "Licenses and Certifications\n"
        "Certified Coding Associate (CCA) - American Health Information Management Association "
        "(AHIMA) Preferred\n"
        "Certified Professional Coder (CPC) - American Academy of Professional Coders (AAPC) "
        "Preferred",
        [(["CCA"], "preferred"), (["CPC"], "preferred")],
    ),
    (
        "Registered Health Information Technician (RHIT) - American Health Information "
        "Management Association (AHIMA) Required",
        [(["RHIT"], "required")],
    ),
    (
        "Certified Tumor Registrar (CTR) - National Cancer Registrars Association (NCRA) "
        "Required within 12 months",
        [(["CTR"], "required")],
    ),
    ("RHIT certification from AHIMA preferred.", [(["RHIT"], "preferred")]),
    # near-miss: the level said before the list still holds
    ("Required: Certified Coding Specialist (CCS) - AHIMA", [(["CCS"], "required")]),
]


@pytest.mark.parametrize(("text", "groups"), ISSUER_NAMED)
def test_the_issuing_body_between_code_and_level(
    text: str, groups: list[tuple[list[str], str]]
) -> None:
    req = extract(text)
    assert [(c.any_of, c.level) for c in req.certifications] == groups
