"""matcher.extract on schooling and the routes around it as the retired unseen set seen23 showed
employers state them (issue 15, session 15, s15exp). One table per general pattern, varied
examples and near-misses, all in our own wording (never a posting's). The flat fields are what
every route shares (docs/design.md, "Qualification paths"; tests/data/extraction/README.md,
Education: "when every route asks schooling above the diploma but experience replaces part of
it ... education_required is the lowest level every route asks"). Every first case of a table
failed on main 79df949."""

from __future__ import annotations

import pytest

from tests.matcher._routes import Flat
from tests.matcher._routes import flat as _flat

# --- a lower degree with more years accepted in place of the higher one ("an associate degree --
# --- plus two additional years ... may be accepted in place of the bachelor's"): two routes, ---
# --- the lower level everyone's, the flag true --------------------------------------------------

LOWER_DEGREE_WITH_YEARS: list[tuple[str, Flat]] = [
    (
        "Education: Bachelor's degree in HIM required; an associate degree in HIT plus two "
        "additional years of HIM experience may be accepted in place of the bachelor's degree.",
        ("associate", None, True),
    ),
    (
        "Bachelor's degree in health information management required; an associate degree in "
        "health information technology plus two more years of HIM experience may be accepted "
        "in place of the bachelor's degree.",
        ("associate", None, True),
    ),
    (
        "Bachelor's in HIM required. An associate degree and three years of coding experience "
        "in lieu of the bachelor's.",
        ("associate", None, True),
    ),
    (
        "Requirements\n- Bachelor's degree in HIM\n- An associate degree with 4 years of HIM "
        "experience will be accepted instead of the bachelor's",
        ("associate", None, True),
    ),
    (
        "Master's in HIM required; a bachelor's degree plus 3 additional years of HIM leadership "
        "experience may be accepted in place of the master's.",
        ("bachelor", None, True),
    ),
    # a long posting: a separate figure asked of everyone stays everyone's
    (
        "HIM Supervisor\nLeads the release of information and scanning teams.\n\n"
        "Qualifications\nEducation: Bachelor's degree in Health Information Management or a "
        "related field required; an associate degree in Health Information Technology plus two "
        "additional years of HIM experience may be accepted in place of the bachelor's degree.\n"
        "Experience: Minimum three years of HIM experience, one of them as a lead.\n",
        ("associate", 3.0, True),
    ),
    # near-misses: a refused offer, years asked beside the degree, a preference
    (
        "Bachelor's degree in HIM required. An associate degree is not accepted in place of the "
        "bachelor's.",
        ("bachelor", None, False),
    ),
    (
        "Bachelor's degree in HIM required; three years of HIM experience also required.",
        ("bachelor", 3.0, False),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_DEGREE_WITH_YEARS)
def test_a_lower_degree_with_years_in_place_of_the_higher_is_a_route(
    text: str, expected: Flat
) -> None:
    assert _flat(text) == expected


# --- the same offer in the passive ("Applicants with an associate degree and 3 years ... will --
# --- also be considered") after the sentence asking the higher level -------------------------

CONSIDERED_IN_THE_PASSIVE: list[tuple[str, Flat]] = [
    (
        "Bachelor's degree required. Applicants with an associate degree and 3 years of HIM "
        "experience will also be considered.",
        ("associate", None, True),
    ),
    (
        "Bachelor's degree in HIM required.\nCandidates holding an associate degree in HIT plus 4 "
        "years of HIM experience may be considered.",
        ("associate", None, True),
    ),
    (
        "Associate degree in HIT required. Those with a coding certificate and two years of "
        "coding experience will also be considered.",
        ("certificate", None, True),
    ),
    # the level replaced named in the offer itself: the sentence before is another field's
    (
        "Bachelor's degree in HIM required; master's preferred. Applicants with an associate "
        "degree in HIT and four years of HIM experience will be considered in place of the "
        "bachelor's.",
        ("associate", None, True),
    ),
    # near-misses: a refused offer, consideration of something else
    (
        "Bachelor's degree required. Applicants with an associate degree and 3 years of HIM "
        "experience will not be considered.",
        ("bachelor", 3.0, False),
    ),
    (
        "Bachelor's degree required. All applicants will be considered for the next opening.",
        ("bachelor", None, False),
    ),
    (
        "Bachelor's degree and 3 years of HIM experience required. Internal candidates will be "
        "considered first.",
        ("bachelor", 3.0, False),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONSIDERED_IN_THE_PASSIVE)
def test_a_lower_degree_with_years_considered_in_the_passive_is_a_route(
    text: str, expected: Flat
) -> None:
    assert _flat(text) == expected
