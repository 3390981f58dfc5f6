"""A credential alone as the last of three routes (seen25, session 17).

"Either I / Two years of experience ... / Or II / An associate degree ..., AND one year of the
experience ... / Or III / Current registration as a Registered Health Information Technician
(RHIT) with AHIMA." (h25-013): the third route was lost (a block's alternative was a credential
only when it said "certification"; a list's items after the pair read only schooling and
experience), so the flat figure became the fewer years the two others share (1). A credential
named by its registration is a route of its own (matcher._paths_segment), and so is a credential
alone as the last item of a "; or" list (matcher._paths_list.listed_after): no one needs years.
"""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "MINIMUM QUALIFICATIONS\nEither I\nTwo years of experience in a hospital medical "
            "records department.\nOr II\nAn associate degree in health information technology, "
            "AND one year of the experience described in I above.\nOr III\nCurrent registration "
            "as a Registered Health Information Technician (RHIT) with AHIMA.\n",
            "RHIT",
        ),
        (
            "Requirements: two years of records experience; or an associate degree in HIT and "
            "one year of experience; or current registration as an RHIT with AHIMA.",
            "RHIT",
        ),
        (
            "Two years of coding experience, or a coding certificate and one year of coding, or "
            "an active CCS.",
            "CCS",
        ),
    ],
)
def test_a_credential_alone_is_the_third_route(text: str, code: str) -> None:
    r = extract(text)
    assert r.experience_years_required is None
    assert r.certifications == []
    assert [p.certifications[0].any_of for p in r.paths if p.label == "certification"] == [[code]]
    assert len(r.paths) == 3


def test_a_combination_with_a_credential_is_no_credential_route() -> None:
    r = extract(
        "An associate degree; or two years of medical records experience; or a combination of "
        "these with a CCA."
    )
    assert [p.label for p in r.paths] == ["education", "experience"]
