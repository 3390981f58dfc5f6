"""matcher.extract on credentials as the retired unseen set seen24 showed employers state them
(session 16, s16seen24): one table per general pattern, varied examples and near-misses in our
own wording (tests/data/extraction/README.md, Certifications). Every first case of a table
failed on main 1a65313."""

from __future__ import annotations

import pytest

from matcher import extract

Groups = list[tuple[list[str], str, int | None]]


def _groups(text: str) -> Groups:
    return [(g.any_of, g.level, g.within_months) for g in extract(text).certifications]


# --- a step for the holders of one credential, named by the code with an article ("a CPC-A ----
# --- must earn the full CPC within 24 months"): no group of its own, no deadline for the group -

HOLDER_WITH_ARTICLE: list[tuple[str, Groups]] = [
    (
        "Requirements\n- CPC or CPC-A required; a CPC-A must earn the full CPC within 24 months",
        [(["CPC", "CPC-A"], "required", None)],
    ),
    (
        "CCA or CCS required. Any CCA hired must add the CCS within 18 months.",
        [(["CCA", "CCS"], "required", None)],
    ),
    (
        "RHIT or RHIA required; each RHIT must also pass the CCS.",
        [(["RHIT", "RHIA"], "required", None)],
    ),
    # near-misses: the code as one of two ways, a deadline for everyone
    ("Must have a CPC or must earn the CPC within 6 months.", [(["CPC"], "required", 6)]),
    (
        "RHIT required; a new graduate must earn the RHIT within 6 months.",
        [(["RHIT"], "required", 6)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOLDER_WITH_ARTICLE)
def test_a_step_for_the_holders_named_with_an_article(text: str, expected: Groups) -> None:
    assert _groups(text) == expected


# --- a pay-scale step a credential earns ("Candidates who hold the RHIT credential are -------
# --- appointed at step 3 of the range"): no requirement ----------------------------------------

PAY_STEP: list[tuple[str, Groups]] = [
    ("Candidates who hold the RHIT credential are appointed at step 3 of the range.", []),
    ("CCS holders are placed at a higher step on the county scale.", []),
    ("Applicants with a CPC start at step 2 of the salary range.", []),
    # near-misses: the credential asked, and a step for every new hire
    ("RHIT required; new hires start at step 1.", [(["RHIT"], "required", None)]),
    ("CPC required. Pay starts at step 1 of the range.", [(["CPC"], "required", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PAY_STEP)
def test_a_pay_step_for_a_credential_is_no_requirement(text: str, expected: Groups) -> None:
    assert _groups(text) == expected


# --- the staff counted by what they hold ("60 coders, over 80 percent of whom hold an AHIMA ---
# --- or AAPC credential"): other people's credentials -----------------------------------------

STAFF_COUNTED: list[tuple[str, Groups]] = [
    (
        "Our central coding department of 60 coders, over 80 percent of whom hold an AHIMA or "
        "AAPC credential, serves six hospitals. CCS required.",
        [(["CCS"], "required", None)],
    ),
    ("We have twelve technicians, half of them have the RHIT.", []),
    ("The team has nine analysts, three of whom are RHIAs.", []),
    # near-misses: a count of credentials asked
    ("Two of the following are required: RHIT, CCS.", [(["RHIT", "CCS"], "required", None)]),
    (
        "Our coders, most of whom hold the CCS, mentor new hires. CPC required.",
        [(["CPC"], "required", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STAFF_COUNTED)
def test_the_staff_counted_by_what_they_hold(text: str, expected: Groups) -> None:
    assert _groups(text) == expected


# --- a credential held with the lower degree offered in place of the higher one ("an ---------
# --- associate degree with the RHIT and four additional years ... may be considered in place --
# --- of the bachelor's"): that route's, not everyone's -----------------------------------------

ROUTE_CREDENTIAL: list[tuple[str, Groups]] = [
    (
        "Education: Bachelor's degree in HIM required. An associate degree with the RHIT and "
        "four additional years of coding experience may be considered in place of the "
        "bachelor's degree.",
        [],
    ),
    (
        "Bachelor's degree in HIM required; an associate degree with the RHIT plus four years "
        "of coding experience may be accepted in place of the bachelor's.",
        [],
    ),
    (
        "Bachelor's in HIM required. An associate degree and the CCS with three years of coding "
        "experience in lieu of the bachelor's. RHIA preferred.",
        [(["RHIA"], "preferred", None)],
    ),
    # near-misses: a credential asked of everyone in a sentence of its own
    (
        "Bachelor's in HIM required. Applicants with an associate degree in HIT and four years "
        "of HIM experience will be considered in place of the bachelor's. RHIT required.",
        [(["RHIT"], "required", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUTE_CREDENTIAL)
def test_a_credential_on_the_lower_degree_route_is_that_routes(text: str, expected: Groups) -> None:
    assert _groups(text) == expected
