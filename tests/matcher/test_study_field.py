"""The field of study a profile states, as the matcher reads it (lead, session 14).

A developer passing the vocabulary id ("health_information", schemas.vocab.STUDY_FIELDS) was read
as naming no field, so an HIT graduate was told "may qualify" on a path asking an HIT degree;
"Healthcare Administration" named no field (the word "health" inside "healthcare" is not a word
of its own); and a stated field outside health ("Business") was read like an unstated one ("your
profile does not say in what field") instead of not meeting a path that asks an HIT degree.
Profiles and postings are ours.
"""

from __future__ import annotations

import pytest

from matcher import match
from matcher._paths_match_field import study_field
from schemas import CandidateProfile, QualificationPath, Requirements
from tests.matcher._support import cert, gaps, posting, prof, req


@pytest.mark.parametrize(
    ("text", "field"),
    [
        # vocabulary ids, as a program passes them
        ("health_information", "health_information"),
        ("coding", "coding"),
        ("healthcare", "healthcare"),
        # free text, with the separators people type
        ("Health Information Technology", "health_information"),
        ("Health-Information Management", "health_information"),
        ("health information/records", "health_information"),
        ("HIMT", "health_information"),
        ("Health Informatics", "health_information"),
        ("A.A.S. in Medical Records Technology", "health_information"),
        ("medical billing/coding", "coding"),
        ("Billing_and_Coding", "coding"),
        ("Healthcare Administration", "healthcare"),
        ("health care management", "healthcare"),
        ("Nursing", "healthcare"),
        # near-misses: no health field named
        ("Business", None),
        ("History", None),
        ("Hitchhiking studies", None),  # "hit" only as a whole word
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_study_field_reads_ids_and_free_text(text: str | None, field: str | None) -> None:
    assert study_field(text) == field


HIT_PATH = Requirements(
    paths=[
        QualificationPath(
            label="education", education="associate", education_field="health_information"
        )
    ]
)


@pytest.mark.parametrize(
    ("study", "status", "words"),
    [
        ("health_information", "met", "in health information technology / management"),
        ("Health-Information Technology", "met", "in health information technology / management"),
        ("Business administration", "not_met", "you have an associate degree in Business"),
        ("Healthcare Administration", "not_met", "in a health-related field"),
        (None, "unknown", "does not say in what field"),
        ("  ", "unknown", "does not say in what field"),
    ],
)
def test_a_stated_field_is_judged_against_the_path(
    study: str | None, status: str, words: str
) -> None:
    res = match(HIT_PATH, CandidateProfile(education="associate", field_of_study=study))
    [verdict] = [v for v in res.verdicts if v.field == "paths"]
    assert verdict.status == status
    assert words in verdict.explanation
    assert res.eligible is (status != "not_met")


def test_a_stated_other_field_needs_the_degree_before_rhit() -> None:
    """RHIT's exam needs an HIT/HIM associate degree: a Business graduate is advised the degree
    with the credential, an HIT graduate (by id or by words) and one who states no field the
    credential alone."""
    postings = [posting(req(certifications=[cert("RHIT")]), pid=1)]
    changes = {
        study: [g.change for g in gaps(postings, prof(education="associate", field_of_study=study))]
        for study in ("Business", "health_information", "Health Information Technology", None)
    }
    # RHIA (a bachelor's in HIT/HIM) covers RHIT: the second change for everyone
    assert changes["health_information"] == ["RHIT", "bachelor+RHIA"]
    assert changes["Health Information Technology"] == changes["health_information"]
    assert changes[None] == changes["health_information"]
    assert changes["Business"] == ["associate+RHIT", "bachelor+RHIA"], changes


def test_experience_never_stands_in_for_a_level_every_route_asks() -> None:
    """'A bachelor's degree, or an associate degree plus four years': the associate is asked of
    every route; experience stands in for the bachelor's only. A high school graduate with
    twelve years was told 'your experience stands in' on the flat education (lead, session 14);
    a plain 'associate degree or equivalent experience' still lets it stand in."""
    from matcher import extract

    routes = extract(
        "Education: A bachelor's degree in HIM, or an associate degree plus four years of HIM "
        "experience."
    )
    assert routes.education_required == "associate" and routes.education_substitutable
    veteran = CandidateProfile(education="high_school", experience_years=12)
    [edu] = [v for v in match(routes, veteran).verdicts if v.field == "education_required"]
    assert edu.status == "not_met"
    assert edu.explanation == "Requires an associate degree; you have a high school diploma or GED"
    # near-miss: with no routes, "associate degree or equivalent experience" lets it stand in
    plain = Requirements(education_required="associate", education_substitutable=True)
    [edu] = [v for v in match(plain, veteran).verdicts if v.field == "education_required"]
    assert edu.status == "met" and "stands in" in edu.explanation
