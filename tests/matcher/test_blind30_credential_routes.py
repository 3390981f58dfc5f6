"""A credential alone as the first of numbered routes (blind30, session 18).

"1. Possession of the ... (RHIT) credential ...; OR 2. An associate's degree ... and one year of
experience ...; OR 3. Two years of experience ..." (b30-031): a block's alternative was a
credential only when it said "certification" or opened with a registration, so the RHIT route
was lost and route 2's one year became everyone's. "Qualify with one of: (1) RHIT; (2) an
associate degree in HIM; or (3) two years ..." (s18certprobe): a list's items before the pair
read only schooling and experience, and a split at ";" left "(1) RHIT" out. A credential named
as a credential, or an item that opens with its code, is a route of its own
(matcher._paths_segment); so is a credential alone as the first item of a numbered list
(matcher._paths_list.listed_before / numbered_before): no one needs the years.
"""

from __future__ import annotations

import pytest

from matcher import extract


def _credential_routes(text: str) -> list[list[str]]:
    req = extract(text)
    return [
        [c for g in p.certifications for c in g.any_of]
        for p in req.paths
        if p.label == "certification"
    ]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Minimum Qualifications\n1. Possession of the Registered Health Information "
            "Technician (RHIT) credential from AHIMA;\nOR\n2. An associate's degree in health "
            "information technology and one year of experience in a\nhealth information "
            "department;\nOR\n3. Two years of experience in a health information department.\n",
            ["RHIT"],
        ),
        (
            "Minimum Qualifications:\nA. Holds an active CCS credential issued by AHIMA; OR\nB. "
            "Completion of a coding certificate program and one year of coding experience; OR\n"
            "C. Four years of coding experience.\n",
            ["CCS"],
        ),
        (
            "Minimum Qualifications:\n(a) RHIT or RHIA; OR\n(b) Three years of experience in a "
            "hospital health information department.\n",
            ["RHIT", "RHIA"],
        ),
        (
            "Qualify with one of: (1) RHIT; (2) associate degree in HIM; or (3) two years of "
            "medical records experience.",
            ["RHIT"],
        ),
        (
            "Qualify with one of: (1) RHIT, (2) associate degree in HIM, or (3) two years of "
            "medical records experience.",
            ["RHIT"],
        ),
        (
            "Requirements: 1) current CCS; 2) a coding certificate and one year of coding "
            "experience; or 3) three years of coding experience.",
            ["CCS"],
        ),
    ],
)
def test_credential_alone_is_a_route(text: str, codes: list[str]) -> None:
    req = extract(text)
    assert req.experience_years_required is None
    assert req.certifications == []
    assert _credential_routes(text) == [codes]


def test_lettered_items_before_the_pair_are_routes() -> None:
    # the items a split at ";" set apart are read with the pair: no flat degree or years
    req = extract(
        "Requirements: a) an associate degree in HIT; b) a coding certificate and one year of "
        "coding experience; or c) three years of coding experience."
    )
    assert req.education_required is None
    assert req.experience_years_required is None
    assert [p.label for p in req.paths][:1] == ["education"]


@pytest.mark.parametrize(
    "text",
    [
        # a credential the schooling makes one eligible for is not held: no route of it
        "Minimum Qualifications:\n1. RHIT eligible; OR\n2. Two years of experience in a health "
        "information department.\n",
        # codes set off by a capital OR on a licences line, no list marks: no routes
        "REQUIRED EDUCATION: HIGH SCHOOL DIPLOMA\nPREFERRED EDUCATION: ASSOCIATE DEGREE\n"
        "PREFERRED LICENSES: CRIS OR RHIT\n",
        # a numbered list of duties, not of routes
        "Duties: (1) scan records; (2) index pages to the encounter; or (3) release records "
        "under HIPAA.",
    ],
)
def test_no_credential_route(text: str) -> None:
    assert _credential_routes(text) == []


def test_bulleted_routes_keep_the_last() -> None:
    # the last route's bullet is its lead, not a requirement of its own after the block
    req = extract(
        "Minimum Qualifications\n\u2022 Possession of the RHIT credential from AHIMA;\nOR\n"
        "\u2022 An associate degree in health information technology and one year of "
        "experience;\nOR\n\u2022 Two years of experience in a health information department."
        "\n\nA valid license is required.\n"
    )
    assert req.experience_years_required is None
    assert [p.label for p in req.paths] == [
        "certification",
        "education and experience",
        "experience",
    ]
