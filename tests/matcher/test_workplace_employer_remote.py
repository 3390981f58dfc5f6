""" "remote" said of the employer or its teams is the employer's arrangement (blind29, session 18).

"A remote-first records company" or "a vendor with remote coding teams" says how the employer
works; like "our coders work remotely" it is the job's too, unless the posting puts the role
itself on site ("..., but this project is on site", "This clerk role is on-site").
"""

from __future__ import annotations

import pytest

import matcher

TITLE = "Release of Information Specialist"


@pytest.mark.parametrize(
    "text",
    [
        "Crestline is a records vendor with remote coding teams across the country, but this "
        "project is on site: you will report each day to Mercy Ridge Hospital.",
        "Northstar is a remote-first records company, but we also place specialists on site at "
        "client hospitals.",
        "Our remote coding team is growing. This clerk role is on-site at our Dayton office.",
        "We are a remote-first company, but this position is on site in Austin.",
        "This temporary assignment is on site in Fresno. Our remote coding teams support clients "
        "nationwide.",
    ],
)
def test_the_role_put_on_site_beside_a_remote_employer(text: str) -> None:
    assert matcher.extract(text, title=TITLE).workplace == "on_site"


@pytest.mark.parametrize(
    "text",
    [
        "We are a remote-first company. Coders work from home.",
        "We are a fully remote company; this coder role works from home anywhere in the US.",
        "Join our remote coding team! Must have a quiet home office.",
        "Remote coding team lead; onboarding is on site for the first week.",
        "A 100% remote organization: every analyst works from home.",
    ],
)
def test_a_remote_employer_alone_stays_remote(text: str) -> None:
    assert matcher.extract(text, title=TITLE).workplace == "remote"
