"""matcher.extract on experience stated in a career page's prose rather than a list (issue 15,
session 13, lead; our own words): "a couple of years", time "spent" on the work, a task done
"for at least a year", and "the ideal person" as a preference like "the ideal candidate"."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("About you\nYou bring a couple of years of experience in a medical office.", 2.0, None),
        ("A couple of years of coding experience is a plus.", None, 2.0),
        (
            "About the role\nYou'll join a team of six in our downtown clinic. The ideal person "
            "has spent at least two years around medical charts, whether in a hospital, a clinic "
            "or a billing office.",
            None,
            2.0,
        ),
        (
            "We're looking for someone who has handled release of information requests for at "
            "least a year.",
            1.0,
            None,
        ),
        ("Requirements: candidates who have coded outpatient records for 2+ years.", 2.0, None),
        # near-misses: the employer's own record, an orientation, a past event
        ("Our team has processed over 1 million requests for 10 years.", None, None),
        ("You will have spent 2 weeks in orientation.", None, None),
        ("We moved to Epic a couple of years ago.", None, None),
        # the employer's people and commitments (session 13, lead)
        ("Our coders average 8 years of experience and we have a 95% retention rate.", None, None),
        ("Our HIM director has 20 years of experience.", None, None),
        ("Must commit to 2 years of employment in exchange for tuition support.", None, None),
        # ... but the hire the employer describes is the applicant
        ("Our ideal candidate has 2 years of coding experience.", None, 2.0),
        (
            "Our team has over 100 years of combined experience. Applicants need 1 year of ROI "
            "experience.",
            1.0,
            None,
        ),
    ],
)
def test_experience_in_prose(text: str, required: float | None, preferred: float | None) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (required, preferred)


def test_the_ideal_individual_prefers_a_credential() -> None:
    got = extract("The ideal individual will have RHIT.")
    assert [(g.any_of, g.level) for g in got.certifications] == [(["RHIT"], "preferred")]
